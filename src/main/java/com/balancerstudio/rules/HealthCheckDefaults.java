package com.balancerstudio.rules;

import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetType;

/**
 * The health check values AWS uses when a design leaves them unset, per load balancer kind, target type and
 * protocol, and the health check a target group or classic load balancer ends up with.
 */
public final class HealthCheckDefaults {
    private HealthCheckDefaults() {
    }

    /** A health check with every number filled in. */
    public record Effective(int interval, int timeout, int healthyThreshold, int unhealthyThreshold) {
    }

    /**
     * Sources: ALB https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
     * (30 s, Lambda 35 s; timeout 5 s, Lambda 30 s; healthy 5, unhealthy 2);
     * NLB https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html
     * (30 s; timeout 6 s for HTTP, 10 s for TCP and HTTPS; healthy 5, unhealthy 2);
     * GWLB https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/health-checks.html (10 s; 5 s; 5; 2);
     * CLB https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html (30 s; 5 s; 10; 2).
     */
    public static Effective defaults(LoadBalancerType kind, TargetType targetType, Protocol healthCheckProtocol) {
        return switch (kind) {
            case APPLICATION -> targetType == TargetType.LAMBDA ? new Effective(35, 30, 5, 2) : new Effective(30, 5, 5, 2);
            case NETWORK -> new Effective(30, healthCheckProtocol == Protocol.HTTP ? 6 : 10, 5, 2);
            case GATEWAY -> new Effective(10, 5, 5, 2);
            case CLASSIC -> new Effective(30, 5, 10, 2);
        };
    }

    /** The design's values where set, the AWS defaults otherwise. */
    public static Effective effective(HealthCheck check, LoadBalancerType kind, TargetType targetType,
                                      Protocol targetProtocol) {
        var protocol = check.protocol() != null ? check.protocol() : targetProtocol;
        var d = defaults(kind, targetType, protocol);
        return new Effective(
                check.interval() != null ? check.interval() : d.interval(),
                check.timeout() != null ? check.timeout() : d.timeout(),
                check.healthyThreshold() != null ? check.healthyThreshold() : d.healthyThreshold(),
                check.unhealthyThreshold() != null ? check.unhealthyThreshold() : d.unhealthyThreshold());
    }
}
