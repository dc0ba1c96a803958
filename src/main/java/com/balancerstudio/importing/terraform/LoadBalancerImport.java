package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.DesyncMitigationMode;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.WafScope;
import com.balancerstudio.model.WebAcl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Application, Network and Gateway Load Balancers (aws_lb), their WAF web ACL association; a Gateway Load
 * Balancer's endpoint service and endpoints are noted, as a design draws none.
 */
final class LoadBalancerImport {
    /** "ARN of the regional AWS WAF web ACL NAME (design element ID)", as the export describes the input. */
    private static final Pattern WEB_ACL = Pattern.compile(
            "ARN of the (regional|CloudFront) AWS WAF web ACL (.+?)(?: \\(design element [^)]*\\))?");

    private final Assembly assembly;
    private final BucketImport buckets;
    private final Map<String, WebAcl> webAcls = new HashMap<>();

    LoadBalancerImport(Assembly assembly, BucketImport buckets) {
        this.assembly = assembly;
        this.buckets = buckets;
    }

    void run() {
        assembly.each(this::loadBalancer, "aws_lb", "aws_alb");
        assembly.each(this::webAclAssociation, "aws_wafv2_web_acl_association");
    }

    private void loadBalancer(ResourceInstance instance, Arguments arguments) throws HclException {
        var type = arguments.has("load_balancer_type")
                ? arguments.enumValue("load_balancer_type", LoadBalancerType.class) : LoadBalancerType.APPLICATION;
        var mappings = new ArrayList<SubnetMapping>();
        for (var subnet : assembly.refs(arguments, "subnets", Subnet.class)) {
            mappings.add(SubnetMapping.of(subnet.id()));
        }
        for (var mapping : arguments.blocks("subnet_mapping")) {
            var subnet = assembly.ref(mapping, "subnet_id", Subnet.class);
            var address = assembly.ref(mapping, "allocation_id", ElasticIp.class);
            mappings.add(new SubnetMapping(subnet.id(), address == null ? null : address.id(),
                    mapping.text("private_ipv4_address")));
        }
        var vpc = vpcOf(mappings, arguments);
        var groups = assembly.refs(arguments, "security_groups", SecurityGroup.class).stream().map(g -> g.id()).toList();
        var name = Names.of(arguments, instance);
        assembly.add(instance, new LoadBalancer(assembly.newId(name), name, vpc, null, type,
                arguments.bool("internal", false), mappings, groups,
                arguments.has("ip_address_type") ? arguments.enumValue("ip_address_type", IpAddressType.class) : null,
                arguments.integer("idle_timeout"), arguments.bool("enable_deletion_protection", false),
                accessLogs(arguments, "prefix"), null, arguments.bool("enable_http2"),
                arguments.bool("enable_cross_zone_load_balancing"), List.of(), null, null,
                arguments.bool("drop_invalid_header_fields"),
                arguments.enumValue("desync_mitigation_mode", DesyncMitigationMode.class),
                arguments.integer("client_keep_alive"), arguments.bool("enable_waf_fail_open"), null));
    }

    /** The VPC of the load balancer's subnets (a load balancer is drawn in its VPC). */
    com.balancerstudio.model.ElementId vpcOf(List<SubnetMapping> mappings, Arguments arguments) throws HclException {
        if (mappings.isEmpty()) {
            throw new HclException(arguments.position(), "a load balancer needs subnets (or subnet_mapping blocks) "
                    + "to be placed in a VPC");
        }
        var zone = assembly.get(assembly.get(mappings.get(0).subnetId()).parent());
        return zone.parent();
    }

    AccessLogs accessLogs(Arguments arguments, String prefixArgument) throws HclException {
        var logs = arguments.block("access_logs");
        if (logs == null) {
            return null;
        }
        // A Classic Load Balancer's block has the emit interval too, as "interval".
        var interval = prefixArgument.equals("bucket_prefix") ? logs.integer("interval") : null;
        return new AccessLogs(logs.bool("enabled", true), buckets.bucketName(logs.value("bucket"), logs, "bucket"),
                logs.text(prefixArgument), interval);
    }

    private void webAclAssociation(ResourceInstance instance, Arguments arguments) throws HclException {
        var lb = assembly.ref(arguments, "resource_arn", LoadBalancer.class);
        var region = assembly.get(lb.parent()).parent();
        var value = arguments.value("web_acl_arn");
        String key;
        String name;
        WafScope scope = null;
        if (value instanceof VariableRef variable) {
            key = "var." + variable.name();
            var matcher = WEB_ACL.matcher(variable.description());
            name = matcher.matches() ? matcher.group(2) : variable.name().replaceFirst("_arn$", "").replace('_', ' ');
            scope = matcher.matches() && matcher.group(1).equals("CloudFront") ? WafScope.CLOUDFRONT : null;
        } else if (value instanceof AttributeRef ref && ref.instance().type().equals("aws_wafv2_web_acl")) {
            key = ref.instance().address();
            var acl = Arguments.of(assembly.evaluation, ref.instance());
            name = Names.of(acl, ref.instance());
            scope = acl.has("scope") ? acl.enumValue("scope", WafScope.class) : null;
        } else if (value instanceof String arn) {
            key = arn;
            // arn:aws:wafv2:REGION:ACCOUNT:regional/webacl/NAME/ID, or global/webacl/... for a CloudFront web ACL
            var path = arn.substring(arn.lastIndexOf(':') + 1).split("/");
            name = path.length == 4 && path[1].equals("webacl") ? path[2] : String.join("/", path);
            scope = path[0].equals("global") ? WafScope.CLOUDFRONT : null;
        } else {
            throw new HclException(arguments.positionOf("web_acl_arn"), "web_acl_arn is " + Values.describe(value)
                    + ", not a web ACL");
        }
        var aclScope = scope;
        var acl = webAcls.computeIfAbsent(key, k -> {
            var made = new WebAcl(assembly.newId(name), name, region, null, aclScope);
            assembly.add(null, made);
            return made;
        });
        if (lb.webAclId() != null && !lb.webAclId().equals(acl.id())) {
            // The design holds one web ACL per load balancer, as AWS does; the configuration asks for two.
            assembly.note(arguments, "ALB " + lb.name() + " is associated with web ACLs "
                    + assembly.get(lb.webAclId()).name() + " and " + acl.name() + " (" + instance.address()
                    + "); an ALB can be associated with only one web ACL (ELB-WAF-003), so the design keeps "
                    + acl.name() + ", the last one read");
        }
        assembly.replace(lb.withWebAcl(acl.id()));
    }
}
