package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a target group no listener default action or listener rule sends traffic to (ELB-TG-020). */
public final class TargetGroupUsedByListener extends CatalogRule {
    public TargetGroupUsedByListener(Catalog catalog) {
        super(catalog, "ELB-TG-020");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var forwarders = Forwarders.in(design);
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (forwarders.of(group).isEmpty()) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
