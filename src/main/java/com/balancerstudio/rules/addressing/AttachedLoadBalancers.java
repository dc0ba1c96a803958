package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.TargetGroup;
import java.util.LinkedHashSet;
import java.util.Set;

/** The load balancers an Auto Scaling group's instances receive traffic from: through its target groups or directly. */
final class AttachedLoadBalancers {
    private AttachedLoadBalancers() {
    }

    static Set<LoadBalancer> of(Design design, AutoScalingGroup group) {
        var result = new LinkedHashSet<LoadBalancer>();
        for (var id : group.targetGroupIds()) {
            var targetGroup = design.get(id, TargetGroup.class);
            if (targetGroup != null) {
                result.addAll(design.topology().loadBalancersOf(targetGroup));
            }
        }
        for (var id : group.loadBalancerIds()) {
            var lb = design.get(id, LoadBalancer.class);
            if (lb != null) {
                result.add(lb);
            }
        }
        return result;
    }

    /** Whether the group is attached to any target group or Classic Load Balancer at all. */
    static boolean attached(AutoScalingGroup group) {
        return !group.targetGroupIds().isEmpty() || !group.loadBalancerIds().isEmpty();
    }
}
