package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a redirect from an Application Load Balancer HTTPS listener down to HTTP, which AWS refuses (ELB-RULE-020). */
public final class NoHttpsToHttpRedirect extends CatalogRule {
    public NoHttpsToHttpRedirect(Catalog catalog) {
        super(catalog, "ELB-RULE-020");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            if (placed.action() instanceof Action.Redirect redirect && redirect.protocol() == Protocol.HTTP
                    && placed.listener().protocol() == Protocol.HTTPS) {
                findings.add(finding(Values.of("rule", placed.ownerName()), placed.owner(), placed.listener()));
            }
        }
        return findings;
    }
}
