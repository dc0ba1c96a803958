package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group or Classic Load Balancer that can never have more than one server: one registered target
 * and no Auto Scaling group, or only an Auto Scaling group of at most one instance (ELB-HA-002).
 */
public final class MoreThanOneTarget extends CatalogRule {
    public MoreThanOneTarget(Catalog catalog) {
        super(catalog, "ELB-HA-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var owner : TargetOwner.all(design)) {
            if (!owner.holdsServers() || owner.maximumTargets() != 1) {
                continue;
            }
            var involved = new ArrayList<Element>();
            involved.add(owner.element());
            owner.targets().forEach(target -> involved.add(target.element()));
            involved.addAll(owner.autoScalingGroups());
            // The owner opens the sentence.
            var label = Character.toUpperCase(owner.label().charAt(0)) + owner.label().substring(1);
            findings.add(finding(Values.of("owner", label), involved.toArray(Element[]::new)));
        }
        return findings;
    }
}
