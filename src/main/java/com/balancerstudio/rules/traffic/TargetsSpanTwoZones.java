package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group or Classic Load Balancer whose targets, counting the subnets of attached Auto Scaling
 * groups, all run in one Availability Zone (ELB-HA-001).
 */
public final class TargetsSpanTwoZones extends CatalogRule {
    public TargetsSpanTwoZones(Catalog catalog) {
        super(catalog, "ELB-HA-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var owner : TargetOwner.all(design)) {
            // One server in one zone is ELB-HA-002's finding (a single target); saying it twice helps nobody.
            if (owner.maximumTargets() < 2) {
                continue;
            }
            var zones = owner.zones(design);
            if (zones.size() != 1) {
                continue;
            }
            var involved = new ArrayList<Element>();
            involved.add(owner.element());
            owner.targets().forEach(target -> involved.add(target.element()));
            involved.addAll(owner.autoScalingGroups());
            findings.add(finding(Values.of("owner", owner.label()).and("az", zones.iterator().next()),
                    involved.toArray(Element[]::new)));
        }
        return findings;
    }
}
