package com.balancerstudio.rules.targets;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports each attribute a Lambda target group sets although AWS supports none there: slow start, algorithm, enabled
 * stickiness, cross-zone off (ELB-TG-022). Its deregistration delay is ELB-TG-012's finding already.
 */
public final class LambdaTargetGroupAttributes extends CatalogRule {
    public LambdaTargetGroupAttributes(Catalog catalog) {
        super(catalog, "ELB-TG-022");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.LAMBDA) {
                continue;
            }
            report(findings, group, group.slowStart() != null, "slow_start");
            report(findings, group, group.loadBalancingAlgorithmType() != null, "load_balancing_algorithm_type");
            // Enabled stickiness on a Lambda group has its own rule, ELB-STK-006.
            report(findings, group, group.loadBalancingCrossZoneEnabled() == CrossZoneSetting.OFF,
                    "load_balancing_cross_zone_enabled");
        }
        return findings;
    }

    private void report(List<Finding> findings, TargetGroup group, boolean set, String attribute) {
        if (set) {
            findings.add(finding(Values.of("attr", attribute).and("tg.name", group.name()), group));
        }
    }
}
