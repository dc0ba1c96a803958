package com.balancerstudio.export.terraform;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import java.util.List;

/**
 * Target groups with health check, stickiness, deregistration delay and algorithm, one attachment per target, and for
 * a Lambda function of the design the permission that lets Elastic Load Balancing invoke it.
 */
final class TargetGroupWriter {
    private final ExportContext context;

    TargetGroupWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        for (var group : context.design.elementsOf(TargetGroup.class)) {
            targetGroup(group);
            for (var target : group.targets()) {
                attachment(group, target);
            }
            var own = context.plan.address(group.id());
            context.output(own.label() + " arn", "ARN of the target group " + group.name(), own.attr("arn"));
        }
    }

    private void targetGroup(TargetGroup group) {
        var name = AwsNames.loadBalancing(group.name());
        if (!name.equals(group.name())) {
            context.note(group, "'" + group.name() + "' is not a valid target group name (at most "
                    + AwsNames.LOAD_BALANCING_NAME_MAX_LENGTH + " letters, digits and hyphens); named '" + name + "'");
        }
        var body = new Body().str("name", name);
        if (group.targetType() != TargetType.LAMBDA) {
            body.num("port", group.port())
                    .str("protocol", group.protocol() == null ? null : group.protocol().value());
        }
        if (group.protocol() == Protocol.HTTP || group.protocol() == Protocol.HTTPS) {
            body.str("protocol_version", group.protocolVersion());
        }
        body.str("target_type", group.targetType().value());
        if (group.targetType() != TargetType.LAMBDA) {
            var vpc = context.topology.vpcOf(group);
            body.attr("vpc_id", context.plan.ref(vpc.id(), "id"));
        }
        body.num("deregistration_delay", group.deregistrationDelay())
                .num("slow_start", group.slowStart())
                .str("load_balancing_algorithm_type", group.loadBalancingAlgorithmType() == null ? null
                        : group.loadBalancingAlgorithmType().value());
        body.str("ip_address_type", group.ipAddressType() == null ? null : group.ipAddressType().value())
                // The provider takes this one as a string.
                .str("preserve_client_ip", group.preserveClientIp() == null ? null : group.preserveClientIp().toString())
                .bool("proxy_protocol_v2", group.proxyProtocolV2());
        if (group.loadBalancingCrossZoneEnabled() != CrossZoneSetting.INHERIT) {
            body.str("load_balancing_cross_zone_enabled", group.loadBalancingCrossZoneEnabled().value());
        }
        healthCheck(group, body);
        var stickiness = group.stickiness();
        if (stickiness != null) {
            body.block("stickiness", b -> b
                    .str("type", stickiness.type().value())
                    .bool("enabled", stickiness.enabled())
                    .num("cookie_duration", stickiness.cookieDuration())
                    .str("cookie_name", stickiness.cookieName()));
        }
        targetFailover(group, body);
        if (group.targetKeepAliveSeconds() != null) {
            context.note(group, keepAliveNote(group.targetKeepAliveSeconds(), "targets"));
        }
        body.attr("tags", ExportContext.tags(group.name()));
        context.resource(ExportContext.LOAD_BALANCING, group, body);
    }

    /** The design's word on how long the application on the targets keeps idle connections: not an AWS setting. */
    static String keepAliveNote(int seconds, String targets) {
        return "the application on the " + targets + " keeps idle HTTP connections " + seconds
                + " s: a fact about the " + targets + ", nothing to configure in Terraform";
    }

    private void targetFailover(TargetGroup group, Body body) {
        var failover = group.targetFailover();
        if (failover == null) {
            return;
        }
        if (group.protocol() != Protocol.GENEVE) {
            context.note(group, "target failover belongs to Gateway Load Balancer (GENEVE) target groups; left out");
            return;
        }
        body.block("target_failover", b -> b
                .str("on_deregistration", failover.onDeregistration().value())
                .str("on_unhealthy", failover.onUnhealthy().value()));
    }

    private static void healthCheck(TargetGroup group, Body body) {
        var check = group.healthCheck();
        var block = new Body()
                .bool("enabled", check.enabled())
                .str("protocol", check.protocol() == null ? null : check.protocol().value())
                .str("port", check.port())
                .str("path", check.path())
                .num("interval", check.interval())
                .num("timeout", check.timeout())
                .num("healthy_threshold", check.healthyThreshold())
                .num("unhealthy_threshold", check.unhealthyThreshold())
                .str("matcher", check.matcher());
        if (!block.isEmpty()) {
            body.block("health_check", b -> block.items().forEach(item -> {
                var attribute = (Body.Attribute) item;
                b.attr(attribute.name(), attribute.value());
            }));
        }
    }

    /**
     * The resource-based policy statement that lets Elastic Load Balancing invoke the function for this target group,
     * or null (with a note) when the design says the function does not allow it.
     */
    private Address invokePermission(TargetGroup group, LambdaFunction function) {
        if (!function.allowElbInvoke()) {
            context.note(function, "the design does not let Elastic Load Balancing invoke this function; no "
                    + "aws_lambda_permission is written for " + group.name());
            return null;
        }
        var own = context.plan.address(group.id());
        var address = Address.of("aws_lambda_permission", context.labels.take("aws_lambda_permission",
                own.label() + " " + function.name(), "permission"));
        context.resources.add(ExportContext.LOAD_BALANCING, address, context.providers.regionOf(group), new Body()
                .str("statement_id", "AllowInvokeFrom_" + own.label())
                .str("action", "lambda:InvokeFunction")
                .attr("function_name", context.lambdaArn(function))
                .str("principal", AwsLimits.LAMBDA_INVOKE_PRINCIPAL)
                .attr("source_arn", own.attr("arn")));
        return address;
    }

    private void attachment(TargetGroup group, TargetRegistration target) {
        var own = context.plan.address(group.id());
        var body = new Body().attr("target_group_arn", own.attr("arn"));
        String name;
        Address permission = null;
        if (target.targetId() != null) {
            var element = context.design.get(target.targetId());
            if (element instanceof Instance) {
                body.attr("target_id", context.plan.ref(element.id(), "id"));
            } else if (element instanceof LoadBalancer) {
                body.attr("target_id", context.plan.ref(element.id(), "arn"));
            } else if (element instanceof LambdaFunction function && group.targetType() == TargetType.LAMBDA) {
                body.attr("target_id", context.lambdaArn(function));
                permission = invokePermission(group, function);
            } else {
                context.note(group, "target '" + target.targetId().value() + "' is not an instance, load balancer or "
                        + "Lambda function of the design; left out");
                return;
            }
            name = element.name();
        } else if (group.targetType() == TargetType.LAMBDA) {
            context.note(group, "Lambda target '" + target.ipAddress() + "' is a function outside the design (not a "
                    + "Lambda function element); left out");
            return;
        } else {
            body.str("target_id", target.ipAddress()).str("availability_zone", target.availabilityZone());
            name = target.ipAddress();
        }
        body.num("port", target.port());
        if (permission != null) {
            // The target group can only register the function once Elastic Load Balancing may invoke it.
            body.attr("depends_on", Expr.list(List.of(Expr.raw(permission.render()))));
        }
        context.resources.addSingle(ExportContext.LOAD_BALANCING, "aws_lb_target_group_attachment",
                own.label() + " " + name, context.providers.regionOf(group), body);
    }
}
