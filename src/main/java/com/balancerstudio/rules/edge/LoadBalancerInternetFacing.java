package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes each internet-facing load balancer, so its public exposure is a visible decision (ELB-SEC-006). A Gateway
 * Load Balancer has no scheme and is never internet-facing.
 */
public final class LoadBalancerInternetFacing extends CatalogRule {
    public LoadBalancerInternetFacing(Catalog catalog) {
        super(catalog, "ELB-SEC-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.internetFacing()) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
