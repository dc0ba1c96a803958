package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports a target group whose targets all sit in zones its load balancer is not enabled in, leaving the load
 * balancer nothing to route to (ELB-TGT-013). Targets whose zone is unknown are not judged; "all" reaches every zone.
 */
public final class TargetsInEnabledZonesExist extends CatalogRule {
    public TargetsInEnabledZonesExist(Catalog catalog) {
        super(catalog, "ELB-TGT-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var zones = topology.enabledZones(lb);
            if (zones.isEmpty()) {
                continue;
            }
            for (var group : topology.targetGroupsOf(lb)) {
                var targetZones = group.targets().stream().map(topology::zoneOfTarget).toList();
                if (!targetZones.isEmpty() && targetZones.stream().allMatch(Objects::nonNull)
                        && targetZones.stream().noneMatch(z -> zones.contains(z) || z.equals(AwsLimits.ALL_ZONES))) {
                    findings.add(finding(values(group, lb, String.join(", ", zones)), group, lb));
                }
            }
        }
        return findings;
    }

    private static Values values(TargetGroup group, LoadBalancer lb, String zones) {
        return Values.of("tg.name", group.name()).and("lb.name", lb.name()).and("azs", zones);
    }
}
