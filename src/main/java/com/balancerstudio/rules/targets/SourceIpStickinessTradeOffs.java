package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Points out what source-IP stickiness on a Network Load Balancer target group costs: clients behind one NAT all land
 * on one target, and the binding resets when target health or registration changes (ELB-STK-010).
 */
public final class SourceIpStickinessTradeOffs extends CatalogRule {
    public SourceIpStickinessTradeOffs(Catalog catalog) {
        super(catalog, "ELB-STK-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var stickiness = group.stickiness();
            if (stickiness != null && stickiness.enabled() && stickiness.type() == StickinessType.SOURCE_IP) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
