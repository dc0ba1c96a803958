package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A Network Load Balancer listener whose default action spreads over several target groups: new since November 2025,
 * so older tools refuse it (ELB-QTA-009).
 */
public final class NetworkLoadBalancerWeightedDefaultAction extends CatalogRule {
    public NetworkLoadBalancerWeightedDefaultAction(Catalog catalog) {
        super(catalog, "ELB-QTA-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb != null && lb.type() == LoadBalancerType.NETWORK && listener.defaultAction() != null
                    && listener.defaultAction().targetGroups().size() > 1) {
                findings.add(finding(Values.none(), listener, lb));
            }
        }
        return findings;
    }
}
