package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group that a listener sends requests to while nothing can answer them: no registered target and
 * no Auto Scaling group (ELB-TG-021).
 */
public final class UsedTargetGroupHasTargets extends CatalogRule {
    public UsedTargetGroupHasTargets(Catalog catalog) {
        super(catalog, "ELB-TG-021");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var users = topology.loadBalancersOf(group);
            // An unused empty group hurts nobody; ELB-TG-020 reports that it is unused.
            if (users.isEmpty() || !group.targets().isEmpty() || !topology.autoScalingGroupsOf(group).isEmpty()) {
                continue;
            }
            var involved = new ArrayList<Element>();
            involved.add(group);
            involved.addAll(users);
            findings.add(finding(Values.of("tg.name", group.name()), involved.toArray(Element[]::new)));
        }
        return findings;
    }
}
