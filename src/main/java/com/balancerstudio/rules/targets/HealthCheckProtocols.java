package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;

/** The protocol a target group's health check uses once AWS defaults are applied. */
final class HealthCheckProtocols {
    private HealthCheckProtocols() {
    }

    /**
     * An unset health check protocol is HTTP for HTTP/HTTPS (and Lambda) target groups and TCP for the others
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html), except for
     * alb-type groups, which can only check over HTTP or HTTPS
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html); an
     * unset protocol there is read as HTTP, the first of the two.
     */
    static Protocol effective(TargetGroup group) {
        var own = group.healthCheck().protocol();
        if (own != null) {
            return own;
        }
        if (group.targetType() == TargetType.LAMBDA || group.targetType() == TargetType.ALB
                || group.protocol() == null
                || group.protocol() == Protocol.HTTP || group.protocol() == Protocol.HTTPS) {
            return Protocol.HTTP;
        }
        return Protocol.TCP;
    }

    static boolean isHttp(Protocol protocol) {
        return protocol == Protocol.HTTP || protocol == Protocol.HTTPS;
    }
}
