package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Warns when an Auto Scaling group launches instances into a zone a load balancer it feeds is not enabled in: those
 * instances receive no traffic (ELB-ASG-003).
 */
public final class AutoScalingZonesEnabledOnLoadBalancer extends CatalogRule {
    public AutoScalingZonesEnabledOnLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-ASG-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(AutoScalingGroup.class)) {
            var zones = new LinkedHashSet<String>();
            group.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(Objects::nonNull)
                    .map(topology::zoneNameOf).filter(Objects::nonNull).forEach(zones::add);
            for (var lb : AttachedLoadBalancers.of(design, group)) {
                var enabled = topology.enabledZones(lb);
                if (enabled.isEmpty()) {
                    continue;
                }
                for (var zone : zones) {
                    if (!enabled.contains(zone)) {
                        findings.add(finding(Values.of("asg.name", group.name()).and("az", zone)
                                .and("lb.name", lb.name()), group, lb));
                    }
                }
            }
        }
        return findings;
    }
}
