package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a listener rule on a listener of a Network, Gateway or Classic Load Balancer (ELB-RULE-001). */
public final class ContentRulesOnlyOnAlb extends CatalogRule {
    public ContentRulesOnlyOnAlb(Catalog catalog) {
        super(catalog, "ELB-RULE-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            var listener = design.get(rule.parent(), Listener.class);
            var lb = listener == null ? null : design.get(listener.parent(), LoadBalancer.class);
            if (lb != null && lb.type() != LoadBalancerType.APPLICATION) {
                findings.add(finding(Values.of("rule", rule.name()).and("lb.name", lb.name())
                        .and("lb.type", lb.type().displayName()), rule, listener, lb));
            }
        }
        return findings;
    }
}
