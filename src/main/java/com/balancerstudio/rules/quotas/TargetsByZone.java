package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.TargetGroup;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The targets behind a load balancer as its quotas count them: each registration in each of its target groups (a
 * target in two groups counts twice), weighted per kind of target, in total and per Availability Zone; instances an
 * Auto Scaling group may launch count in the total only, as their zones are not known ahead.
 */
record TargetsByZone(int total, TreeMap<String, Integer> byZone) {
    static TargetsByZone of(Design design, LoadBalancer lb, ToIntFunction<TargetGroup> weightOfEachTarget) {
        int total = 0;
        var byZone = new TreeMap<String, Integer>();
        for (var group : design.topology().targetGroupsOf(lb)) {
            int weight = weightOfEachTarget.applyAsInt(group);
            for (var target : group.targets()) {
                total += weight;
                var zone = design.topology().zoneOfTarget(target);
                if (zone != null && !zone.equals("all")) {
                    byZone.merge(zone, weight, Integer::sum);
                }
            }
            total += weight * design.topology().autoScalingGroupsOf(group).stream().mapToInt(g -> g.maxSize()).sum();
        }
        return new TargetsByZone(total, byZone);
    }

    /** "Availability Zone us-east-1a has 501" for the first zone above the limit, or null. */
    String zoneAbove(int limit) {
        return byZone.entrySet().stream().filter(e -> e.getValue() > limit).findFirst()
                .map(e -> e.getValue() + " targets in " + e.getKey() + ", limit " + limit + " per zone").orElse(null);
    }
}
