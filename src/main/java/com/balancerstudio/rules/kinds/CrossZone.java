package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;

/** Whether traffic crosses zones, as AWS resolves the load balancer and target group settings. */
final class CrossZone {
    private CrossZone() {
    }

    /**
     * For a target group behind a load balancer: the group's own setting, or the load balancer's when it inherits. An
     * Application Load Balancer's level is always on; the other kinds are off unless set (API and Terraform default).
     */
    static boolean on(LoadBalancer lb, TargetGroup group) {
        var setting = group.loadBalancingCrossZoneEnabled();
        if (setting != CrossZoneSetting.INHERIT) {
            return setting == CrossZoneSetting.ON;
        }
        return lb.type() == LoadBalancerType.APPLICATION || Boolean.TRUE.equals(lb.enableCrossZoneLoadBalancing());
    }

    /** For an Application Load Balancer as a whole: on, unless every target group it uses has turned it off. */
    static boolean on(Design design, LoadBalancer alb) {
        var groups = design.topology().targetGroupsOf(alb);
        return groups.isEmpty() || groups.stream().anyMatch(group -> on(alb, group));
    }

    static String label(boolean on) {
        return on ? "on" : "off";
    }
}
