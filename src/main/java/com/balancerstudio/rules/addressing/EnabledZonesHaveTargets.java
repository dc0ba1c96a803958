package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Warns about a zone enabled on a load balancer where none of its target groups has a target, when cross-zone load
 * balancing is off for them so that zone's node has nobody to send to (ELB-HA-003). Target groups fed by an Auto
 * Scaling group are left out (its instances appear at run time), as are Classic Load Balancers, which register
 * instances directly (ELB-XZ-003 covers them).
 */
public final class EnabledZonesHaveTargets extends CatalogRule {
    public EnabledZonesHaveTargets(Catalog catalog) {
        super(catalog, "ELB-HA-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var groups = topology.targetGroupsOf(lb);
            if (lb.type() == LoadBalancerType.CLASSIC || groups.isEmpty() || !judged(design, lb, groups)) {
                continue;
            }
            var served = new HashSet<String>();
            for (var group : groups) {
                group.targets().forEach(target -> served.add(topology.zoneOfTarget(target)));
            }
            if (served.contains(AwsLimits.ALL_ZONES) || served.contains(null)) {
                continue;
            }
            for (var zone : topology.enabledZones(lb)) {
                if (!served.contains(zone)) {
                    findings.add(finding(Values.of("az", zone).and("lb.name", lb.name()), lb));
                }
            }
        }
        return findings;
    }

    /** Only groups that have registered targets, no Auto Scaling group and no cross-zone traffic are judged. */
    private static boolean judged(Design design, LoadBalancer lb, java.util.Set<TargetGroup> groups) {
        return groups.stream().allMatch(group -> !group.targets().isEmpty() && !CrossZone.on(lb, group)
                && design.topology().autoScalingGroupsOf(group).isEmpty());
    }
}
