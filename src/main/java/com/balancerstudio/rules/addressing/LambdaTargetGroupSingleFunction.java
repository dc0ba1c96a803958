package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports a Lambda target group with more than one function, or with a function in another Region than the target
 * group's: a function of the design in another Region, or one outside it whose ARN names another Region (ELB-TGT-004).
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
            boolean elsewhere = region != null && group.targets().stream().map(t -> regionOf(design, t))
                    .anyMatch(fnRegion -> fnRegion != null && !Objects.equals(fnRegion, region.regionName()));
            if (group.targets().size() > 1 || elsewhere) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }

    /** The Region of a function of the design, or of the ARN of a function outside it. */
    private static String regionOf(Design design, TargetRegistration target) {
        if (target.targetId() != null) {
            var function = design.get(target.targetId(), LambdaFunction.class);
            var region = function == null ? null : design.topology().regionOf(function);
            return region == null ? null : region.regionName();
        }
        return regionOfArn(target.ipAddress());
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
