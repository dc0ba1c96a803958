package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Warns about a load balancer without any listener, which accepts no connection at all. */
public final class LoadBalancerHasListener extends CatalogRule {
    public LoadBalancerHasListener(Catalog catalog) {
        super(catalog, "ELB-GEN-012");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (design.topology().listenersOf(lb).isEmpty()) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
