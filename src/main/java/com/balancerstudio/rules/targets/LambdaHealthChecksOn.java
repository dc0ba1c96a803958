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
 * Warns about a Lambda target group without health checks, which is the AWS default for Lambda: a failing function
 * keeps receiving requests (ELB-HC-011). The quick fix turns health checks on.
 */
public final class LambdaHealthChecksOn extends CatalogRule {
    public LambdaHealthChecksOn(Catalog catalog) {
        super(catalog, "ELB-HC-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var check = group.healthCheck();
            // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
            // (HealthCheckEnabled: defaults to false for Lambda target groups)
            if (group.targetType() != TargetType.LAMBDA || Boolean.TRUE.equals(check.enabled())) {
                continue;
            }
            var fix = Edits.change(design, group.withHealthCheck(Changes.enabled(check, true)),
                    "Enable health checks of '" + group.name() + "'");
            findings.add(finding(Values.of("tg.name", group.name()), fix, group));
        }
        return findings;
    }
}
