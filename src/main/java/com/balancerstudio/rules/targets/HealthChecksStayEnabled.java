package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports disabled health checks on an instance, IP or ALB target group, where AWS does not allow turning them off
 * (ELB-HC-010); the quick fix turns them back on.
 */
public final class HealthChecksStayEnabled extends CatalogRule {
    public HealthChecksStayEnabled(Catalog catalog) {
        super(catalog, "ELB-HC-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var check = group.healthCheck();
            if (group.targetType() == TargetType.LAMBDA || !Boolean.FALSE.equals(check.enabled())) {
                continue;
            }
            var fix = Edits.change(design, group.withHealthCheck(Changes.enabled(check, true)),
                    "Enable health checks of '" + group.name() + "'");
            findings.add(finding(Values.of("tg.targetType", group.targetType()).and("tg.name", group.name()),
                    fix, group));
        }
        return findings;
    }
}
