package com.balancerstudio.model;

import java.util.List;

/**
 * An Auto Scaling group drawn in its VPC, launching instances into its subnets and registering them with the target
 * groups it is attached to (or with Classic Load Balancers). {@code securityGroupIds} are the security groups of the
 * instances it launches (its launch template's); none means the VPC's default group.
 */
public record AutoScalingGroup(ElementId id, String name, ElementId parent, Rect bounds, int minSize, int maxSize,
                               int desiredCapacity, List<ElementId> subnetIds, List<ElementId> targetGroupIds,
                               List<ElementId> loadBalancerIds, String instanceType, AsgHealthCheckType healthCheckType,
                               TargetTracking targetTracking, List<ElementId> securityGroupIds) implements Element {
    public AutoScalingGroup {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        subnetIds = Ids.listOf(subnetIds);
        targetGroupIds = Ids.listOf(targetGroupIds);
        loadBalancerIds = Ids.listOf(loadBalancerIds);
        securityGroupIds = Ids.listOf(securityGroupIds);
        instanceType = instanceType == null ? "t3.micro" : instanceType;
        healthCheckType = healthCheckType == null ? AsgHealthCheckType.EC2 : healthCheckType;
        if (minSize < 0 || minSize > maxSize || desiredCapacity < minSize || desiredCapacity > maxSize) {
            throw new IllegalArgumentException("sizes must satisfy 0 <= min_size <= desired_capacity <= max_size (got "
                    + minSize + ", " + desiredCapacity + ", " + maxSize + ")");
        }
    }

    /** The same group launching its instances with these security groups. */
    public AutoScalingGroup withSecurityGroups(List<ElementId> newSecurityGroupIds) {
        return new AutoScalingGroup(id, name, parent, bounds, minSize, maxSize, desiredCapacity, subnetIds,
                targetGroupIds, loadBalancerIds, instanceType, healthCheckType, targetTracking, newSecurityGroupIds);
    }

    @Override
    public List<Reference> references() {
        return Reference.builder()
                .addAll("subnet_ids", subnetIds, Subnet.class)
                .addAll("target_group_ids", targetGroupIds, TargetGroup.class)
                .addAll("load_balancer_ids", loadBalancerIds, LoadBalancer.class)
                .addAll("security_group_ids", securityGroupIds, SecurityGroup.class)
                .build();
    }

    @Override
    public AutoScalingGroup withoutReferencesTo(ElementId target) {
        return new AutoScalingGroup(id, name, parent, bounds, minSize, maxSize, desiredCapacity,
                Ids.without(subnetIds, target), Ids.without(targetGroupIds, target), Ids.without(loadBalancerIds, target),
                instanceType, healthCheckType, targetTracking, Ids.without(securityGroupIds, target));
    }

    @Override
    public AutoScalingGroup withName(String newName) {
        return new AutoScalingGroup(id, newName, parent, bounds, minSize, maxSize, desiredCapacity, subnetIds,
                targetGroupIds, loadBalancerIds, instanceType, healthCheckType, targetTracking, securityGroupIds);
    }

    @Override
    public AutoScalingGroup withPlacement(ElementId newParent, Rect newBounds) {
        return new AutoScalingGroup(id, name, newParent, newBounds, minSize, maxSize, desiredCapacity, subnetIds,
                targetGroupIds, loadBalancerIds, instanceType, healthCheckType, targetTracking, securityGroupIds);
    }
}
