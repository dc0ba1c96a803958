package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports a Lambda target group with more than one function, or with a function whose ARN names another Region than
 * the target group's (ELB-TGT-004).
 */
public final class LambdaTargetGroupSingleFunction extends CatalogRule {
    public LambdaTargetGroupSingleFunction(Catalog catalog) {
        super(catalog, "ELB-TGT-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.LAMBDA) {
                continue;
            }
            var region = design.topology().regionOf(group);
            boolean elsewhere = region != null && group.targets().stream().map(t -> regionOfArn(t.ipAddress()))
                    .anyMatch(arnRegion -> arnRegion != null && !Objects.equals(arnRegion, region.regionName()));
            if (group.targets().size() > 1 || elsewhere) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }

    /** The Region field of a Lambda ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME), or null for a bare name. */
    private static String regionOfArn(String function) {
        if (function == null || !function.startsWith("arn:")) {
            return null;
        }
        var parts = function.split(":", -1);
        return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
    }
}
