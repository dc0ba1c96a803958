package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminds, for every GENEVE target group, that its appliances need an MTU large enough for Gateway Load Balancer
 * packets plus the GENEVE header, since fragmentation is not supported (ELB-GWLB-007).
 */
public final class GeneveMtuAdvice extends CatalogRule {
    public GeneveMtuAdvice(Catalog catalog) {
        super(catalog, "ELB-GWLB-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.protocol() == Protocol.GENEVE) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
