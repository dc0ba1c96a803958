package com.balancerstudio.export.terraform;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.ScalingMetric;
import com.balancerstudio.model.TargetGroup;
import java.util.List;

/**
 * EC2 instances (with their Elastic IP association) and Auto Scaling groups with their launch template, traffic
 * source attachments and target-tracking policy.
 */
final class ComputeWriter {
    private final ExportContext context;

    ComputeWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        context.design.elementsOf(Instance.class).forEach(this::instance);
        context.design.elementsOf(AutoScalingGroup.class).forEach(this::autoScalingGroup);
    }

    private void instance(Instance instance) {
        var region = context.providers.regionOf(instance);
        var body = new Body()
                .attr("ami", context.amiId(region))
                .str("instance_type", instance.instanceType())
                .attr("subnet_id", context.plan.ref(instance.parent(), "id"));
        if (!instance.securityGroupIds().isEmpty()) {
            body.attr("vpc_security_group_ids",
                    Expr.list(context.refs(instance, instance.securityGroupIds(), "id", "security group")));
        }
        body.bool("associate_public_ip_address", instance.associatePublicIpAddress())
                .attr("tags", ExportContext.tags(instance.name()));
        context.resource(ExportContext.COMPUTE, instance, body);
        var address = context.ref(instance, instance.elasticIpId(), "id", "Elastic IP");
        if (address != null) {
            var own = context.plan.address(instance.id());
            context.resources.addSingle(ExportContext.COMPUTE, "aws_eip_association", own.label(), region, new Body()
                    .attr("instance_id", own.attr("id"))
                    .attr("allocation_id", address));
        }
        if (instance.instanceState() != null) {
            // aws_instance only reports its state; this resource of the provider sets it.
            var own = context.plan.address(instance.id());
            context.resources.addSingle(ExportContext.COMPUTE, "aws_ec2_instance_state", own.label(), region,
                    new Body().attr("instance_id", own.attr("id")).str("state", instance.instanceState().value()));
        }
    }

    private void autoScalingGroup(AutoScalingGroup group) {
        var region = context.providers.regionOf(group);
        var own = context.plan.address(group.id());
        var template = Address.of("aws_launch_template", context.labels.take("aws_launch_template", own.label(), "lt"));
        // Launch template names take letters, digits and a few signs; a load balancing name is always one of them.
        var templateBody = new Body()
                .str("name_prefix", AwsNames.loadBalancing(group.name()) + "-")
                .attr("image_id", context.amiId(region))
                .str("instance_type", group.instanceType());
        if (group.securityGroupIds().isEmpty()) {
            context.note(group, "the design gives the Auto Scaling group no security groups: its instances get the "
                    + "VPC's default security group");
        } else {
            templateBody.attr("vpc_security_group_ids",
                    Expr.list(context.refs(group, group.securityGroupIds(), "id", "security group")));
        }
        context.resources.add(ExportContext.COMPUTE, template, region,
                templateBody.attr("tags", ExportContext.tags(group.name())));
        var body = new Body()
                .str("name", group.name())
                .num("min_size", group.minSize())
                .num("max_size", group.maxSize())
                .num("desired_capacity", group.desiredCapacity())
                .attr("vpc_zone_identifier", context.list(group, group.subnetIds(), "id", "subnet"))
                .str("health_check_type", group.healthCheckType().value())
                .block("launch_template", b -> b.attr("id", template.attr("id")).str("version", "$Latest"))
                .labeledBlock("dynamic", List.of("tag"), b -> b
                        .attr("for_each", ExportContext.tags(group.name()))
                        .block("content", c -> c
                                .attr("key", Expr.raw("tag.key"))
                                .attr("value", Expr.raw("tag.value"))
                                .bool("propagate_at_launch", true)))
                // Traffic sources are attached by their own resources below; the group must not undo them.
                .block("lifecycle", b -> b.attr("ignore_changes",
                        Expr.raw("[load_balancers, target_group_arns, traffic_source]")));
        context.resource(ExportContext.COMPUTE, group, body);
        for (var groupId : group.targetGroupIds()) {
            var arn = context.ref(group, groupId, "arn", "target group");
            if (arn != null) {
                trafficSource(group, context.design.get(groupId).name(), arn, "elbv2");
            }
        }
        for (var lbId : group.loadBalancerIds()) {
            var lb = context.design.get(lbId, LoadBalancer.class);
            if (lb == null || lb.type() != LoadBalancerType.CLASSIC) {
                context.note(group, "'" + lbId.value() + "' is not a Classic Load Balancer of the design; attach "
                        + "target groups instead; left out");
                continue;
            }
            trafficSource(group, lb.name(), context.plan.ref(lbId, "name"), "elb");
        }
        scalingPolicy(group);
    }

    private void trafficSource(AutoScalingGroup group, String sourceName, Expr identifier, String type) {
        var own = context.plan.address(group.id());
        context.resources.addSingle(ExportContext.COMPUTE, "aws_autoscaling_traffic_source_attachment",
                own.label() + " " + sourceName, context.providers.regionOf(group), new Body()
                        .attr("autoscaling_group_name", own.attr("id"))
                        .block("traffic_source", b -> b.attr("identifier", identifier).str("type", type)));
    }

    private void scalingPolicy(AutoScalingGroup group) {
        var tracking = group.targetTracking();
        if (tracking == null) {
            return;
        }
        var own = context.plan.address(group.id());
        String resourceLabel = null;
        if (tracking.metric() == ScalingMetric.ALB_REQUEST_COUNT_PER_TARGET) {
            resourceLabel = requestCountLabel(group);
            if (resourceLabel == null) {
                context.note(group, "scaling on ALBRequestCountPerTarget needs a target group of the group behind an "
                        + "Application Load Balancer; the scaling policy is left out");
                return;
            }
        }
        var label = resourceLabel;
        context.resources.addSingle(ExportContext.COMPUTE, "aws_autoscaling_policy", own.label(),
                context.providers.regionOf(group), new Body()
                        .str("name", group.name() + " target tracking")
                        .attr("autoscaling_group_name", own.attr("name"))
                        .str("policy_type", "TargetTrackingScaling")
                        .block("target_tracking_configuration", t -> t
                                .num("target_value", tracking.targetValue())
                                .block("predefined_metric_specification", p -> p
                                        .str("predefined_metric_type", tracking.metric().value())
                                        .attr("resource_label", label == null ? null : Expr.raw(label)))));
    }

    /** "app/NAME/ID/targetgroup/NAME/ID" made from the ALB and target group ARN suffixes, or null. */
    private String requestCountLabel(AutoScalingGroup group) {
        for (var groupId : group.targetGroupIds()) {
            var targetGroup = context.design.get(groupId, TargetGroup.class);
            if (targetGroup == null) {
                continue;
            }
            for (var lb : context.topology.loadBalancersOf(targetGroup)) {
                if (lb.type() == LoadBalancerType.APPLICATION) {
                    return "\"${" + context.plan.ref(lb.id(), "arn_suffix").render() + "}/${"
                            + context.plan.ref(groupId, "arn_suffix").render() + "}\"";
                }
            }
        }
        return null;
    }
}
