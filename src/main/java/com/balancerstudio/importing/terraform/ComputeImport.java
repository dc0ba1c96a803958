package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.AsgHealthCheckType;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InstanceState;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.ScalingMetric;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetTracking;
import java.util.ArrayList;
import java.util.List;

/**
 * EC2 instances with their Elastic IPs, and Auto Scaling groups with their launch template's instance type, the
 * target groups and Classic Load Balancers they are attached to, and their target-tracking policy.
 */
final class ComputeImport {
    private final Assembly assembly;

    ComputeImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::instance, "aws_instance");
        assembly.each(this::addressOfInstance, "aws_eip");
        assembly.each(this::addressAssociation, "aws_eip_association");
        assembly.each(this::instanceState, "aws_ec2_instance_state");
    }

    /** Auto Scaling groups come after target groups and load balancers, which they attach to. */
    void runScaling() {
        assembly.each(this::autoScalingGroup, "aws_autoscaling_group");
        assembly.each(this::trafficSource, "aws_autoscaling_traffic_source_attachment");
        assembly.each(this::legacyAttachment, "aws_autoscaling_attachment");
        assembly.each(this::policy, "aws_autoscaling_policy");
    }

    private void instance(ResourceInstance instance, Arguments arguments) throws HclException {
        var subnet = assembly.ref(arguments, "subnet_id", Subnet.class);
        if (subnet == null) {
            throw new HclException(arguments.position(), "subnet_id is required here (an instance without it is in "
                    + "the default VPC, which the configuration does not describe)");
        }
        var groups = new ArrayList<ElementId>();
        for (var group : assembly.refs(arguments, "vpc_security_group_ids", SecurityGroup.class)) {
            groups.add(group.id());
        }
        var name = Names.of(arguments, instance);
        assembly.add(instance, new Instance(assembly.newId(name), name, subnet.id(), null,
                arguments.text("instance_type"), arguments.bool("associate_public_ip_address"), groups, null, null));
    }

    private void addressOfInstance(ResourceInstance instance, Arguments arguments) throws HclException {
        if (arguments.has("instance")) {
            associate(assembly.ref(arguments, "instance", Instance.class), assembly.get(assembly.idOf(instance), ElasticIp.class));
        }
    }

    private void addressAssociation(ResourceInstance instance, Arguments arguments) throws HclException {
        associate(assembly.ref(arguments, "instance_id", Instance.class),
                assembly.ref(arguments, "allocation_id", ElasticIp.class));
    }

    private void instanceState(ResourceInstance instance, Arguments arguments) throws HclException {
        var target = assembly.ref(arguments, "instance_id", Instance.class);
        if (target == null) {
            throw new HclException(arguments.position(), "instance_id is required here");
        }
        assembly.replace(target.withState(arguments.enumValue("state", InstanceState.class)));
    }

    private void associate(Instance target, ElasticIp address) {
        if (target == null || address == null) {
            return;
        }
        assembly.replace(new Instance(target.id(), target.name(), target.parent(), target.bounds(),
                target.instanceType(), target.associatePublicIpAddress(), target.securityGroupIds(), address.id(),
                target.instanceState()));
    }

    private void autoScalingGroup(ResourceInstance instance, Arguments arguments) throws HclException {
        var subnets = assembly.refs(arguments, "vpc_zone_identifier", Subnet.class);
        if (subnets.isEmpty()) {
            throw new HclException(arguments.position(), "vpc_zone_identifier is required here (the group's subnets "
                    + "place it in a VPC)");
        }
        var vpc = assembly.get(assembly.get(subnets.get(0).parent()).parent()).id();
        var targetGroups = assembly.refs(arguments, "target_group_arns", TargetGroup.class).stream().map(g -> g.id()).toList();
        var classic = new ArrayList<ElementId>();
        for (var lb : arguments.list("load_balancers")) {
            classic.add(assembly.refTo(lb, arguments, "load_balancers", LoadBalancer.class).id());
        }
        int min = arguments.integer("min_size") == null ? 0 : arguments.integer("min_size");
        int max = arguments.integer("max_size") == null ? min : arguments.integer("max_size");
        var desired = arguments.integer("desired_capacity");
        var name = Names.of(arguments, instance);
        assembly.add(instance, new AutoScalingGroup(assembly.newId(name), name, vpc, null, min, max,
                desired == null ? min : desired, subnets.stream().map(s -> s.id()).toList(), targetGroups, classic,
                instanceType(arguments), arguments.enumValue("health_check_type", AsgHealthCheckType.class), null,
                securityGroups(arguments)));
    }

    /** The instance type of the group's launch template, when the configuration says it. */
    private String instanceType(Arguments group) throws HclException {
        var template = group.block("launch_template");
        if (template == null) {
            var mixed = group.block("mixed_instances_policy");
            assembly.note(group, (mixed != null ? "a mixed instances policy" : "a launch configuration")
                    + " is not read; the group's instance type is the design's default");
            return null;
        }
        var own = templateOf(group);
        if (own != null) {
            return own.text("instance_type");
        }
        assembly.note(group, "the launch template is not one of this configuration; the group's instance type is the "
                + "design's default");
        return null;
    }

    /** The security groups of the group's launch template (none when it has no template of this configuration). */
    private List<ElementId> securityGroups(Arguments group) throws HclException {
        var template = templateOf(group);
        if (template == null) {
            return List.of();
        }
        var ids = new ArrayList<ElementId>();
        for (var securityGroup : assembly.refs(template, "vpc_security_group_ids", SecurityGroup.class)) {
            ids.add(securityGroup.id());
        }
        return ids;
    }

    /** The arguments of the aws_launch_template the group's launch_template block names, or null. */
    private Arguments templateOf(Arguments group) throws HclException {
        var template = group.block("launch_template");
        if (template == null) {
            return null;
        }
        var reference = template.value("id");
        if (reference == null) {
            reference = template.value("name");
        }
        if (reference instanceof AttributeRef ref && ref.instance().type().equals("aws_launch_template")) {
            return Arguments.of(assembly.evaluation, ref.instance());
        }
        return null;
    }

    private void trafficSource(ResourceInstance instance, Arguments arguments) throws HclException {
        var group = assembly.ref(arguments, "autoscaling_group_name", AutoScalingGroup.class);
        var source = arguments.block("traffic_source");
        if (source == null) {
            throw new HclException(arguments.position(), "a traffic_source block is required here");
        }
        var type = source.text("type");
        if ("elb".equals(type)) {
            attach(group, null, source.value("identifier"), source, "identifier");
        } else if ("elbv2".equals(type)) {
            attach(group, source.value("identifier"), null, source, "identifier");
        } else {
            assembly.note(arguments, "traffic source type \"" + type + "\" is not a load balancer; left out");
        }
    }

    private void legacyAttachment(ResourceInstance instance, Arguments arguments) throws HclException {
        var group = assembly.ref(arguments, "autoscaling_group_name", AutoScalingGroup.class);
        attach(group, arguments.value("lb_target_group_arn"), arguments.value("elb"), arguments,
                arguments.has("elb") ? "elb" : "lb_target_group_arn");
    }

    private void attach(AutoScalingGroup group, Object targetGroup, Object classic, Arguments arguments,
                        String argument) throws HclException {
        var current = assembly.get(group.id(), AutoScalingGroup.class);
        var groups = new ArrayList<>(current.targetGroupIds());
        var loadBalancers = new ArrayList<>(current.loadBalancerIds());
        if (targetGroup != null) {
            groups.add(assembly.refTo(targetGroup, arguments, argument, TargetGroup.class).id());
        }
        if (classic != null) {
            loadBalancers.add(assembly.refTo(classic, arguments, argument, LoadBalancer.class).id());
        }
        assembly.replace(new AutoScalingGroup(current.id(), current.name(), current.parent(), current.bounds(),
                current.minSize(), current.maxSize(), current.desiredCapacity(), current.subnetIds(), groups,
                loadBalancers, current.instanceType(), current.healthCheckType(), current.targetTracking(),
                current.securityGroupIds()));
    }

    private void policy(ResourceInstance instance, Arguments arguments) throws HclException {
        var group = assembly.ref(arguments, "autoscaling_group_name", AutoScalingGroup.class);
        var tracking = arguments.block("target_tracking_configuration");
        var metric = tracking == null ? null : tracking.block("predefined_metric_specification");
        if (!"TargetTrackingScaling".equals(arguments.text("policy_type")) || metric == null) {
            assembly.note(arguments, "only target tracking on a predefined metric is read; " + instance.address()
                    + " left out");
            return;
        }
        var current = assembly.get(group.id(), AutoScalingGroup.class);
        assembly.replace(new AutoScalingGroup(current.id(), current.name(), current.parent(), current.bounds(),
                current.minSize(), current.maxSize(), current.desiredCapacity(), current.subnetIds(),
                current.targetGroupIds(), current.loadBalancerIds(), current.instanceType(), current.healthCheckType(),
                new TargetTracking(metric.enumValue("predefined_metric_type", ScalingMetric.class),
                        tracking.number("target_value")), current.securityGroupIds()));
    }
}
