package com.balancerstudio.rules.targets;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an ALB target group with sticky sessions and cross-zone load balancing turned off, a combination AWS
 * refuses (ELB-STK-005).
 */
public final class StickinessNeedsCrossZone extends CatalogRule {
    public StickinessNeedsCrossZone(Catalog catalog) {
        super(catalog, "ELB-STK-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var stickiness = group.stickiness();
            if (stickiness != null && stickiness.enabled()
                    && group.loadBalancingCrossZoneEnabled() == CrossZoneSetting.OFF
                    && TargetGroupKind.of(design, group) == LoadBalancerType.APPLICATION) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
