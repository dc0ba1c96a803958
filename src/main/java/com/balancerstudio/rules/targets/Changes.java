package com.balancerstudio.rules.targets;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.TargetGroup;

/** Copies of a target group or health check with one attribute changed, for the quick fixes of this area. */
final class Changes {
    private Changes() {
    }

    static TargetGroup protocolVersion(TargetGroup g, String version) {
        return new TargetGroup(g.id(), g.name(), g.parent(), g.bounds(), g.protocol(), g.port(), g.targetType(),
                version, g.loadBalancingAlgorithmType(), g.healthCheck(), g.stickiness(), g.deregistrationDelay(),
                g.slowStart(), g.loadBalancingCrossZoneEnabled(), g.targets(),
                g.ipAddressType(), g.preserveClientIp(), g.proxyProtocolV2());
    }

    static TargetGroup algorithm(TargetGroup g, LoadBalancingAlgorithm algorithm) {
        return new TargetGroup(g.id(), g.name(), g.parent(), g.bounds(), g.protocol(), g.port(), g.targetType(),
                g.protocolVersion(), algorithm, g.healthCheck(), g.stickiness(), g.deregistrationDelay(),
                g.slowStart(), g.loadBalancingCrossZoneEnabled(), g.targets(),
                g.ipAddressType(), g.preserveClientIp(), g.proxyProtocolV2());
    }

    static TargetGroup stickiness(TargetGroup g, Stickiness stickiness) {
        return new TargetGroup(g.id(), g.name(), g.parent(), g.bounds(), g.protocol(), g.port(), g.targetType(),
                g.protocolVersion(), g.loadBalancingAlgorithmType(), g.healthCheck(), stickiness,
                g.deregistrationDelay(), g.slowStart(), g.loadBalancingCrossZoneEnabled(), g.targets(),
                g.ipAddressType(), g.preserveClientIp(), g.proxyProtocolV2());
    }

    /** The group with deregistration delay, slow start, algorithm, stickiness and cross-zone back at AWS defaults. */
    static TargetGroup defaultAttributes(TargetGroup g) {
        return new TargetGroup(g.id(), g.name(), g.parent(), g.bounds(), g.protocol(), g.port(), g.targetType(),
                g.protocolVersion(), null, g.healthCheck(), null, null, null, CrossZoneSetting.INHERIT, g.targets(),
                g.ipAddressType(), g.preserveClientIp(), g.proxyProtocolV2());
    }

    static HealthCheck matcher(HealthCheck c, String matcher) {
        return new HealthCheck(c.enabled(), c.protocol(), c.port(), c.path(), c.interval(), c.timeout(),
                c.healthyThreshold(), c.unhealthyThreshold(), matcher);
    }

    static HealthCheck enabled(HealthCheck c, Boolean enabled) {
        return new HealthCheck(enabled, c.protocol(), c.port(), c.path(), c.interval(), c.timeout(),
                c.healthyThreshold(), c.unhealthyThreshold(), c.matcher());
    }

    static TargetGroup clientIpAndProxy(TargetGroup g, Boolean preserveClientIp, Boolean proxyProtocolV2) {
        return new TargetGroup(g.id(), g.name(), g.parent(), g.bounds(), g.protocol(), g.port(), g.targetType(),
                g.protocolVersion(), g.loadBalancingAlgorithmType(), g.healthCheck(), g.stickiness(),
                g.deregistrationDelay(), g.slowStart(), g.loadBalancingCrossZoneEnabled(), g.targets(),
                g.ipAddressType(), preserveClientIp, proxyProtocolV2);
    }
}
