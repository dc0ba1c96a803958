package com.balancerstudio.model;

import java.util.List;

/**
 * A target group in a VPC (Terraform aws_lb_target_group plus its target attachments). Null attributes take the
 * AWS default for the load balancer kind that uses the group.
 */
public record TargetGroup(ElementId id, String name, ElementId parent, Rect bounds, Protocol protocol, Integer port,
                          TargetType targetType, String protocolVersion,
                          LoadBalancingAlgorithm loadBalancingAlgorithmType, HealthCheck healthCheck,
                          Stickiness stickiness, Integer deregistrationDelay, Integer slowStart,
                          CrossZoneSetting loadBalancingCrossZoneEnabled, List<TargetRegistration> targets,
                          TargetIpAddressType ipAddressType, Boolean preserveClientIp, Boolean proxyProtocolV2)
        implements Element {
    public TargetGroup {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        targetType = targetType == null ? TargetType.INSTANCE : targetType;
        healthCheck = healthCheck == null ? HealthCheck.DEFAULTS : healthCheck;
        loadBalancingCrossZoneEnabled = loadBalancingCrossZoneEnabled == null
                ? CrossZoneSetting.INHERIT : loadBalancingCrossZoneEnabled;
        targets = Ids.listOf(targets);
    }

    /** An instance target group with AWS defaults for everything but protocol and port. */
    public static TargetGroup of(ElementId id, String name, ElementId vpc, Rect bounds, Protocol protocol, Integer port,
                                 List<TargetRegistration> targets) {
        return new TargetGroup(id, name, vpc, bounds, protocol, port, TargetType.INSTANCE, null, null, null, null, null,
                null, null, targets, null, null, null);
    }

    @Override
    public List<Reference> references() {
        var builder = Reference.builder();
        for (int i = 0; i < targets.size(); i++) {
            builder.add("targets[" + i + "].target_id", targets.get(i).targetId(), Instance.class, LoadBalancer.class,
                    LambdaFunction.class);
        }
        return builder.build();
    }

    @Override
    public TargetGroup withoutReferencesTo(ElementId target) {
        var kept = targets.stream().filter(t -> !target.equals(t.targetId())).toList();
        return withTargets(kept);
    }

    public TargetGroup withTargets(List<TargetRegistration> newTargets) {
        return new TargetGroup(id, name, parent, bounds, protocol, port, targetType, protocolVersion,
                loadBalancingAlgorithmType, healthCheck, stickiness, deregistrationDelay, slowStart,
                loadBalancingCrossZoneEnabled, newTargets,
                ipAddressType, preserveClientIp, proxyProtocolV2);
    }

    public TargetGroup withHealthCheck(HealthCheck newHealthCheck) {
        return new TargetGroup(id, name, parent, bounds, protocol, port, targetType, protocolVersion,
                loadBalancingAlgorithmType, newHealthCheck, stickiness, deregistrationDelay, slowStart,
                loadBalancingCrossZoneEnabled, targets,
                ipAddressType, preserveClientIp, proxyProtocolV2);
    }

    @Override
    public TargetGroup withName(String newName) {
        return new TargetGroup(id, newName, parent, bounds, protocol, port, targetType, protocolVersion,
                loadBalancingAlgorithmType, healthCheck, stickiness, deregistrationDelay, slowStart,
                loadBalancingCrossZoneEnabled, targets,
                ipAddressType, preserveClientIp, proxyProtocolV2);
    }

    @Override
    public TargetGroup withPlacement(ElementId newParent, Rect newBounds) {
        return new TargetGroup(id, name, newParent, newBounds, protocol, port, targetType, protocolVersion,
                loadBalancingAlgorithmType, healthCheck, stickiness, deregistrationDelay, slowStart,
                loadBalancingCrossZoneEnabled, targets,
                ipAddressType, preserveClientIp, proxyProtocolV2);
    }
}
