package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Warns about an Auto Scaling group behind a load balancer that spans a single zone or may shrink below two instances,
 * so one zone or instance failure leaves the load balancer without targets (ELB-HA-005).
 */
public final class AutoScalingGroupRedundant extends CatalogRule {
    public AutoScalingGroupRedundant(Catalog catalog) {
        super(catalog, "ELB-HA-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(AutoScalingGroup.class)) {
            var lbs = AttachedLoadBalancers.of(design, group);
            if (lbs.isEmpty()) {
                continue;
            }
            var zones = new LinkedHashSet<String>();
            group.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(Objects::nonNull)
                    .map(topology::zoneNameOf).filter(Objects::nonNull).forEach(zones::add);
            if (zones.size() < AwsLimits.REDUNDANT_MINIMUM || group.minSize() < AwsLimits.REDUNDANT_MINIMUM) {
                var lb = lbs.iterator().next();
                findings.add(finding(Values.of("asg.name", group.name()).and("azs", String.join(", ", zones))
                        .and("min", group.minSize()).and("lb.name", lb.name()), group, lb));
            }
        }
        return findings;
    }
}
