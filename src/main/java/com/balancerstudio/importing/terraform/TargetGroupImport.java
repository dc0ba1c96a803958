package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetIpAddressType;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Target groups with health check, stickiness and attributes, and their target attachments (Lambda functions too). */
final class TargetGroupImport {
    private final Assembly assembly;
    private final LambdaFunctions functions;

    TargetGroupImport(Assembly assembly, LambdaFunctions functions) {
        this.assembly = assembly;
        this.functions = functions;
    }

    void run() {
        assembly.each(this::targetGroup, "aws_lb_target_group", "aws_alb_target_group");
    }

    /** Attachments come after instances and load balancers, which they point at. */
    void attach() {
        assembly.each(this::attachment, "aws_lb_target_group_attachment", "aws_alb_target_group_attachment");
    }

    private void targetGroup(ResourceInstance instance, Arguments arguments) throws HclException {
        var type = arguments.has("target_type") ? arguments.enumValue("target_type", TargetType.class) : TargetType.INSTANCE;
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        if (vpc == null) {
            var vpcs = assembly.all(Vpc.class);
            if (vpcs.size() != 1) {
                throw new HclException(arguments.position(), "a target group without vpc_id cannot be placed in a VPC");
            }
            vpc = vpcs.get(0);
        }
        var crossZone = arguments.has("load_balancing_cross_zone_enabled")
                ? arguments.enumValue("load_balancing_cross_zone_enabled", CrossZoneSetting.class) : null;
        var name = Names.of(arguments, instance);
        assembly.add(instance, new TargetGroup(assembly.newId(name), name, vpc.id(), null,
                arguments.enumValue("protocol", Protocol.class), arguments.integer("port"), type,
                arguments.text("protocol_version"),
                arguments.enumValue("load_balancing_algorithm_type", LoadBalancingAlgorithm.class),
                healthCheck(arguments.block("health_check")), stickiness(arguments.block("stickiness")),
                arguments.integer("deregistration_delay"), arguments.integer("slow_start"), crossZone, List.of(),
                arguments.enumValue("ip_address_type", TargetIpAddressType.class), arguments.bool("preserve_client_ip"),
                arguments.bool("proxy_protocol_v2"), targetFailover(arguments.block("target_failover")), null));
    }

    private static HealthCheck healthCheck(Arguments check) throws HclException {
        if (check == null) {
            return null;
        }
        return new HealthCheck(check.bool("enabled"), check.enumValue("protocol", Protocol.class), check.text("port"),
                check.text("path"), check.integer("interval"), check.integer("timeout"),
                check.integer("healthy_threshold"), check.integer("unhealthy_threshold"), check.text("matcher"));
    }

    private static Stickiness stickiness(Arguments block) throws HclException {
        if (block == null) {
            return null;
        }
        return new Stickiness(block.bool("enabled", true), block.enumValue("type", StickinessType.class),
                block.integer("cookie_duration"), block.text("cookie_name"));
    }

    /** Terraform requires both arguments of the block, and so does the design. */
    private static TargetFailover targetFailover(Arguments block) throws HclException {
        if (block == null) {
            return null;
        }
        block.requiredText("on_deregistration");
        block.requiredText("on_unhealthy");
        return new TargetFailover(block.enumValue("on_deregistration", TargetFailoverMode.class),
                block.enumValue("on_unhealthy", TargetFailoverMode.class));
    }

    private void attachment(ResourceInstance instance, Arguments arguments) throws HclException {
        var group = assembly.ref(arguments, "target_group_arn", TargetGroup.class);
        var target = arguments.value("target_id");
        TargetRegistration registration;
        if (target instanceof AttributeRef ref && ref.instance().type().matches("aws_lb|aws_alb")) {
            registration = new TargetRegistration(assembly.refTo(target, arguments, "target_id", LoadBalancer.class).id(),
                    null, null, arguments.integer("port"));
        } else if (target instanceof AttributeRef) {
            registration = new TargetRegistration(assembly.refTo(target, arguments, "target_id", Instance.class).id(),
                    null, null, arguments.integer("port"));
        } else if (target instanceof VariableRef variable && group.targetType() == TargetType.LAMBDA) {
            var region = assembly.regionOf(instance);
            registration = TargetRegistration.instance(functions.of(variable, arguments, region.id()));
        } else if (target instanceof String arn && group.targetType() == TargetType.LAMBDA) {
            // A function outside the design, given by its ARN, as a design names one.
            registration = new TargetRegistration(null, arn, null, null);
        } else if (target instanceof String address && group.targetType() == TargetType.IP) {
            registration = new TargetRegistration(null, address, arguments.text("availability_zone"),
                    arguments.integer("port"));
        } else {
            throw new HclException(arguments.positionOf("target_id"), "target_id is " + Values.describe(target)
                    + ", not an instance, load balancer, Lambda function or IP address of this configuration");
        }
        var current = assembly.get(group.id(), TargetGroup.class);
        var targets = new ArrayList<>(current.targets());
        targets.add(registration);
        assembly.replace(current.withTargets(targets));
    }
}
