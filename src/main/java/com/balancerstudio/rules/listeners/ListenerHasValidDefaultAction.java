package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
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
 * Reports an ALB, NLB or GWLB listener without a default action, or an NLB or GWLB listener whose default action does
 * something other than forward (ELB-LSN-004). Classic Load Balancer listeners name an instance port instead.
 */
public final class ListenerHasValidDefaultAction extends CatalogRule {
    public ListenerHasValidDefaultAction(Catalog catalog) {
        super(catalog, "ELB-LSN-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb == null || lb.type() == LoadBalancerType.CLASSIC || valid(lb.type(), listener.defaultAction())) {
                continue;
            }
            findings.add(finding(Values.of("listener", listener.name()).and("lb.name", lb.name()), listener, lb));
        }
        return findings;
    }

    /** Redirects, fixed responses and authentication are HTTP features: only an ALB offers them. */
    private static boolean valid(LoadBalancerType type, Action action) {
        if (action == null) {
            return false;
        }
        return type == LoadBalancerType.APPLICATION || action instanceof Action.Forward;
    }
}
