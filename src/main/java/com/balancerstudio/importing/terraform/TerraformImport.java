package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.ImportLayout;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.InvalidDesignException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a Terraform root configuration (plain HCL: literal values, variables with defaults, locals, for_each and
 * count, references between resources, common functions) into a laid-out design, with notes on everything it could
 * not follow or that a design does not draw.
 */
public final class TerraformImport {
    /** Resource types that are read as part of another element, so they are not listed as left out. */
    private static final Set<String> READ = Set.of("aws_vpc", "aws_vpc_ipv4_cidr_block_association", "aws_subnet",
            "aws_internet_gateway", "aws_internet_gateway_attachment", "aws_eip", "aws_nat_gateway", "aws_route_table",
            "aws_route", "aws_route_table_association", "aws_main_route_table_association", "aws_security_group",
            "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_security_group_rule",
            "aws_lb", "aws_alb", "aws_elb", "aws_elb_attachment", "aws_load_balancer_policy",
            "aws_load_balancer_listener_policy", "aws_lb_listener", "aws_alb_listener", "aws_lb_listener_certificate",
            "aws_alb_listener_certificate", "aws_lb_listener_rule", "aws_alb_listener_rule", "aws_lb_target_group",
            "aws_alb_target_group", "aws_lb_target_group_attachment", "aws_alb_target_group_attachment",
            "aws_instance", "aws_ec2_instance_state", "aws_eip_association", "aws_launch_template", "aws_autoscaling_group",
            "aws_autoscaling_traffic_source_attachment", "aws_autoscaling_attachment", "aws_autoscaling_policy",
            "aws_route53_record", "aws_wafv2_web_acl_association", "aws_wafv2_web_acl", "aws_acm_certificate",
            "aws_iam_server_certificate", "aws_vpc_endpoint", "aws_vpc_endpoint_service",
            "aws_lb_cookie_stickiness_policy", "aws_app_cookie_stickiness_policy", "aws_s3_bucket",
            "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_policy", "aws_lambda_permission");

    private TerraformImport() {
    }

    /** The design and the notes on what was left out, each saying where and why. */
    public record Result(Design design, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    public static Result read(Path folder) throws TerraformImportException {
        var notes = new ArrayList<String>();
        var files = ConfigurationFiles.read(folder, notes);
        var configuration = Configuration.of(files);
        notes.addAll(configuration.notes);
        var assembly = new Assembly(new Evaluation(configuration));
        var certificates = new Certificates(assembly);
        var buckets = new BucketImport(assembly);
        var loadBalancers = new LoadBalancerImport(assembly, buckets);
        var classic = new ClassicImport(assembly, certificates, loadBalancers);
        var functions = new LambdaFunctions(assembly);
        var targetGroups = new TargetGroupImport(assembly, functions);
        var compute = new ComputeImport(assembly);
        var endpoints = new GatewayEndpointImport(assembly);
        new NetworkImport(assembly).run();
        endpoints.run();
        new RoutingImport(assembly).run();
        new SecurityImport(assembly).run();
        buckets.run();
        loadBalancers.run();
        endpoints.attach();
        classic.run();
        targetGroups.run();
        compute.run();
        classic.attachInstances();
        targetGroups.attach();
        functions.run();
        new ListenerImport(assembly, certificates).run();
        compute.runScaling();
        new DnsImport(assembly).run();
        notes.addAll(assembly.evaluation.notes);
        notes.addAll(assembly.notes);
        notes.addAll(leftOut(configuration));
        if (assembly.elements().isEmpty()) {
            throw new TerraformImportException(folder + ": no resource of a design in this configuration"
                    + (notes.isEmpty() ? "" : " (" + notes.get(0) + ")"));
        }
        var name = folder.toAbsolutePath().normalize().getFileName();
        Design design;
        try {
            design = Design.of(name == null ? "Imported design" : name.toString(),
                    "Imported from the Terraform configuration in " + folder, ordered(assembly.elements()));
        } catch (InvalidDesignException e) {
            throw new TerraformImportException(folder + ": the imported elements do not make a design: " + e.getMessage());
        }
        return new Result(ImportLayout.arrange(design), notes);
    }

    /** Containers before what they contain, so that they are drawn below it. */
    private static List<Element> ordered(List<Element> elements) {
        var byDepth = new ArrayList<>(elements);
        var depth = new java.util.HashMap<com.balancerstudio.model.ElementId, Integer>();
        var byId = new java.util.HashMap<com.balancerstudio.model.ElementId, Element>();
        elements.forEach(e -> byId.put(e.id(), e));
        for (var element : elements) {
            int d = 0;
            for (var parent = element.parent(); parent != null && d < 10; parent = byId.get(parent).parent()) {
                d++;
            }
            depth.put(element.id(), d);
        }
        byDepth.sort(Comparator.comparing((Element e) -> depth.get(e.id())));
        return byDepth;
    }

    /** One note per resource type that a design does not draw, with how many resources of it were left out. */
    private static List<String> leftOut(Configuration configuration) {
        var counts = new TreeMap<String, Integer>();
        for (var resource : configuration.resources.values()) {
            if (!READ.contains(resource.type())) {
                counts.merge(resource.type(), 1, Integer::sum);
            }
        }
        var notes = new ArrayList<String>();
        counts.forEach((type, count) -> notes.add(type + ": " + count + " resource" + (count == 1 ? "" : "s")
                + " left out; a design does not draw " + type.replaceFirst("^aws_", "").replace('_', ' ')));
        return notes;
    }
}
