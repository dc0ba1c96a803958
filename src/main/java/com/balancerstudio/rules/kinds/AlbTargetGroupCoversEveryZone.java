package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns when an Application Load Balancer target group has cross-zone load balancing off and no target in a zone
 * the load balancer is enabled in (ELB-XZ-005): requests entering that zone get 503. Targets an Auto Scaling group
 * launches count for the zones of its subnets. A group without any target is left to the rule about empty groups.
 */
public final class AlbTargetGroupCoversEveryZone extends CatalogRule {
    public AlbTargetGroupCoversEveryZone(Catalog catalog) {
        super(catalog, "ELB-XZ-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.loadBalancingCrossZoneEnabled() != CrossZoneSetting.OFF) {
                continue;
            }
            var covered = coveredZones(design, group);
            if (covered.isEmpty()) {
                continue;
            }
            for (var lb : design.topology().loadBalancersOf(group)) {
                if (lb.type() != LoadBalancerType.APPLICATION || covered.contains(AwsLimits.ALL_ZONES)) {
                    continue;
                }
                var missing = new LinkedHashSet<>(design.topology().enabledZones(lb));
                missing.removeAll(covered);
                if (!missing.isEmpty()) {
                    var values = Values.of("tg.name", group.name()).and("az", String.join(", ", missing))
                            .and("lb.name", lb.name());
                    findings.add(finding(values, group, lb));
                }
            }
        }
        return findings;
    }

    private static Set<String> coveredZones(Design design, TargetGroup group) {
        var topology = design.topology();
        var zones = new LinkedHashSet<String>();
        group.targets().stream().map(topology::zoneOfTarget).filter(java.util.Objects::nonNull).forEach(zones::add);
        for (var asg : topology.autoScalingGroupsOf(group)) {
            asg.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(java.util.Objects::nonNull)
                    .map(topology::zoneNameOf).filter(java.util.Objects::nonNull).forEach(zones::add);
        }
        return zones;
    }
}
