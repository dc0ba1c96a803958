package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses turning cross-zone load balancing off on an Application Load Balancer (ELB-XZ-001): it is always on at the
 * load balancer level and can only be turned off per target group.
 */
public final class AlbCrossZoneNotDisabled extends CatalogRule {
    public AlbCrossZoneNotDisabled(Catalog catalog) {
        super(catalog, "ELB-XZ-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION && Boolean.FALSE.equals(lb.enableCrossZoneLoadBalancing())) {
                var fix = Edits.change(design, lb.withCrossZoneLoadBalancing(null),
                        "Remove the cross-zone setting of '" + lb.name() + "'");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
