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

/** Reports an OIDC or Cognito authentication on an Application Load Balancer listener that is not HTTPS (ELB-RULE-014). */
public final class AuthenticationOnlyOnHttps extends CatalogRule {
    public AuthenticationOnlyOnHttps(Catalog catalog) {
        super(catalog, "ELB-RULE-014");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            if (placed.action() instanceof Action.Authenticate && placed.listener().protocol() != Protocol.HTTPS) {
                findings.add(finding(Values.of("rule", placed.ownerName()).and("listener", placed.listener().name()),
                        placed.owner(), placed.listener()));
            }
        }
        return findings;
    }
}
