package com.balancerstudio.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * A target group in a VPC (Terraform aws_lb_target_group plus its target attachments). Null attributes take the
 * AWS default for the load balancer kind that uses the group. {@code targetFailover} belongs to Gateway Load Balancer
 * (GENEVE) target groups. {@code targetKeepAliveSeconds} is not an AWS setting but a fact about the application on the
 * targets: how long it keeps an idle HTTP connection open (null when the design does not say).
 */
public record TargetGroup(ElementId id, String name, ElementId parent, Rect bounds, Protocol protocol, Integer port,
                          TargetType targetType, String protocolVersion,
                          LoadBalancingAlgorithm loadBalancingAlgorithmType, HealthCheck healthCheck,
                          Stickiness stickiness, Integer deregistrationDelay, Integer slowStart,
                          CrossZoneSetting loadBalancingCrossZoneEnabled, List<TargetRegistration> targets,
                          TargetIpAddressType ipAddressType, Boolean preserveClientIp, Boolean proxyProtocolV2,
                          TargetFailover targetFailover, Integer targetKeepAliveSeconds)
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
                null, null, targets, null, null, null, null, null);
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
        return changed(d -> d.targets = newTargets);
    }

    public TargetGroup withHealthCheck(HealthCheck newHealthCheck) {
        return changed(d -> d.healthCheck = newHealthCheck);
    }

    @Override
    public TargetGroup withName(String newName) {
        return changed(d -> d.name = newName);
    }

    @Override
    public TargetGroup withPlacement(ElementId newParent, Rect newBounds) {
        return changed(d -> {
            d.parent = newParent;
            d.bounds = newBounds;
        });
    }

    public TargetGroup withProtocol(Protocol newProtocol) {
        return changed(d -> d.protocol = newProtocol);
    }

    public TargetGroup withPort(Integer newPort) {
        return changed(d -> d.port = newPort);
    }

    public TargetGroup withTargetType(TargetType type) {
        return changed(d -> d.targetType = type);
    }

    public TargetGroup withProtocolVersion(String version) {
        return changed(d -> d.protocolVersion = version);
    }

    public TargetGroup withAlgorithm(LoadBalancingAlgorithm algorithm) {
        return changed(d -> d.loadBalancingAlgorithmType = algorithm);
    }

    public TargetGroup withStickiness(Stickiness newStickiness) {
        return changed(d -> d.stickiness = newStickiness);
    }

    public TargetGroup withDeregistrationDelay(Integer seconds) {
        return changed(d -> d.deregistrationDelay = seconds);
    }

    public TargetGroup withSlowStart(Integer seconds) {
        return changed(d -> d.slowStart = seconds);
    }

    public TargetGroup withCrossZone(CrossZoneSetting setting) {
        return changed(d -> d.loadBalancingCrossZoneEnabled = setting);
    }

    public TargetGroup withIpAddressType(TargetIpAddressType type) {
        return changed(d -> d.ipAddressType = type);
    }

    public TargetGroup withPreserveClientIp(Boolean preserve) {
        return changed(d -> d.preserveClientIp = preserve);
    }

    public TargetGroup withProxyProtocolV2(Boolean enabled) {
        return changed(d -> d.proxyProtocolV2 = enabled);
    }

    /** The same Gateway Load Balancer target group with other target failover settings (null: AWS's default). */
    public TargetGroup withTargetFailover(TargetFailover failover) {
        return changed(d -> d.targetFailover = failover);
    }

    /** The same group with another recorded keep-alive timeout of the application on its targets (null: unknown). */
    public TargetGroup withTargetKeepAliveSeconds(Integer seconds) {
        return changed(d -> d.targetKeepAliveSeconds = seconds);
    }

    /** A copy with the attributes the change sets; the one place besides the readers that lists every component. */
    private TargetGroup changed(Consumer<Draft> change) {
        var d = new Draft(this);
        change.accept(d);
        return new TargetGroup(d.id, d.name, d.parent, d.bounds, d.protocol, d.port, d.targetType, d.protocolVersion,
                d.loadBalancingAlgorithmType, d.healthCheck, d.stickiness, d.deregistrationDelay, d.slowStart,
                d.loadBalancingCrossZoneEnabled, d.targets, d.ipAddressType, d.preserveClientIp, d.proxyProtocolV2,
                d.targetFailover, d.targetKeepAliveSeconds);
    }

    /** The components of a target group being copied, open to change. */
    private static final class Draft {
        private final ElementId id;
        private String name;
        private ElementId parent;
        private Rect bounds;
        private Protocol protocol;
        private Integer port;
        private TargetType targetType;
        private String protocolVersion;
        private LoadBalancingAlgorithm loadBalancingAlgorithmType;
        private HealthCheck healthCheck;
        private Stickiness stickiness;
        private Integer deregistrationDelay;
        private Integer slowStart;
        private CrossZoneSetting loadBalancingCrossZoneEnabled;
        private List<TargetRegistration> targets;
        private TargetIpAddressType ipAddressType;
        private Boolean preserveClientIp;
        private Boolean proxyProtocolV2;
        private TargetFailover targetFailover;
        private Integer targetKeepAliveSeconds;

        private Draft(TargetGroup g) {
            id = g.id;
            name = g.name;
            parent = g.parent;
            bounds = g.bounds;
            protocol = g.protocol;
            port = g.port;
            targetType = g.targetType;
            protocolVersion = g.protocolVersion;
            loadBalancingAlgorithmType = g.loadBalancingAlgorithmType;
            healthCheck = g.healthCheck;
            stickiness = g.stickiness;
            deregistrationDelay = g.deregistrationDelay;
            slowStart = g.slowStart;
            loadBalancingCrossZoneEnabled = g.loadBalancingCrossZoneEnabled;
            targets = g.targets;
            ipAddressType = g.ipAddressType;
            preserveClientIp = g.preserveClientIp;
            proxyProtocolV2 = g.proxyProtocolV2;
            targetFailover = g.targetFailover;
            targetKeepAliveSeconds = g.targetKeepAliveSeconds;
        }
    }
}
