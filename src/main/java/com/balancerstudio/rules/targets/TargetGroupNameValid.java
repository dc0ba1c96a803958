package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Reports a target group name AWS refuses: more than 32 characters, characters other than letters, digits and
 * hyphens, a leading or trailing hyphen, or a name another target group of the same Region already has (ELB-TG-001).
 */
public final class TargetGroupNameValid extends CatalogRule {
    public TargetGroupNameValid(Catalog catalog) {
        super(catalog, "ELB-TG-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var seen = new HashMap<String, TargetGroup>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var region = design.topology().regionOf(group);
            // Target group names are compared without regard to case by the API.
            var key = (region == null ? "" : region.id().toString()) + "/" + group.name().toLowerCase(Locale.ROOT);
            var first = seen.putIfAbsent(key, group);
            if (!AwsLimits.TARGET_GROUP_NAME.matcher(group.name()).matches()) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            } else if (first != null) {
                findings.add(finding(Values.of("tg.name", group.name()), group, first));
            }
        }
        return findings;
    }
}
