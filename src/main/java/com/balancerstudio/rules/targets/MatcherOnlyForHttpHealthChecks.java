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
 * Reports success codes on a health check that does not use HTTP or HTTPS (ELB-HC-007); the quick fix removes them.
 */
public final class MatcherOnlyForHttpHealthChecks extends CatalogRule {
    public MatcherOnlyForHttpHealthChecks(Catalog catalog) {
        super(catalog, "ELB-HC-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var check = group.healthCheck();
            if (check.matcher() == null || group.targetType() == TargetType.LAMBDA
                    || HealthCheckProtocols.isHttp(HealthCheckProtocols.effective(group))) {
                continue;
            }
            var fix = Edits.change(design, group.withHealthCheck(Changes.matcher(check, null)),
                    "Remove success codes of '" + group.name() + "'");
            findings.add(finding(Values.of("tg.name", group.name()), fix, group));
        }
        return findings;
    }
}
