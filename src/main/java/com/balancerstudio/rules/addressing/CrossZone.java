package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;

/**
 * Whether a load balancer's nodes send a target group's traffic across zones. An ALB does unless the target group
 * turns it off; a Network or Gateway Load Balancer does only when turned on, on the load balancer or the target group
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html).
 */
final class CrossZone {
    private CrossZone() {
    }

    static boolean on(LoadBalancer lb, TargetGroup group) {
        var setting = group.loadBalancingCrossZoneEnabled();
        if (setting != CrossZoneSetting.INHERIT) {
            return setting == CrossZoneSetting.ON;
        }
        return lb.type() == LoadBalancerType.APPLICATION || Boolean.TRUE.equals(lb.enableCrossZoneLoadBalancing());
    }
}
