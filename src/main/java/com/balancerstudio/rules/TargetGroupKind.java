package com.balancerstudio.rules;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;

/** Which kind of load balancer a target group belongs to: the one that uses it, else what its protocol implies. */
public final class TargetGroupKind {
    private TargetGroupKind() {
    }

    public static LoadBalancerType of(Design design, TargetGroup group) {
        var users = design.topology().loadBalancersOf(group);
        if (!users.isEmpty()) {
            return users.iterator().next().type();
        }
        if (group.protocol() == Protocol.GENEVE) {
            return LoadBalancerType.GATEWAY;
        }
        if (group.protocol() == null || group.protocol() == Protocol.HTTP || group.protocol() == Protocol.HTTPS
                || group.targetType() == TargetType.LAMBDA) {
            return LoadBalancerType.APPLICATION;
        }
        return LoadBalancerType.NETWORK;
    }
}
