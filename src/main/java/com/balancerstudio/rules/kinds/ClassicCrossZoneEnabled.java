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
 * Warns when a Classic Load Balancer balances only within each zone (ELB-CLB-008). Created through the API, the CLI
 * or Terraform it is off unless set (only the console turns it on), so an unset value counts as off.
 */
public final class ClassicCrossZoneEnabled extends CatalogRule {
    public ClassicCrossZoneEnabled(Catalog catalog) {
        super(catalog, "ELB-CLB-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.CLASSIC && !Boolean.TRUE.equals(lb.enableCrossZoneLoadBalancing())) {
                var fix = Edits.change(design, lb.withCrossZoneLoadBalancing(true),
                        "Turn on cross-zone load balancing of '" + lb.name() + "'");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
