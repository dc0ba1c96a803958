package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a target group that listeners of more than one load balancer send traffic to (ELB-TG-007). */
public final class TargetGroupUsedByOneLoadBalancer extends CatalogRule {
    public TargetGroupUsedByOneLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-TG-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var users = design.topology().loadBalancersOf(group);
            if (users.size() > 1) {
                var involved = new ArrayList<Element>();
                involved.add(group);
                involved.addAll(users);
                findings.add(finding(Values.of("tg.name", group.name()).and("n", users.size()),
                        involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
