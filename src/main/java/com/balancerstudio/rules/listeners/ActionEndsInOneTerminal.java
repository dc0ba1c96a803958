package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an Application Load Balancer rule or default action that authenticates but then forwards nowhere, so it
 * does not end in a forward, redirect or fixed response (ELB-RULE-013). The design holds one action per rule (an
 * authentication carries the forward that follows it), so a wrong order cannot be drawn; a missing end can.
 */
public final class ActionEndsInOneTerminal extends CatalogRule {
    public ActionEndsInOneTerminal(Catalog catalog) {
        super(catalog, "ELB-RULE-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            if (placed.action() instanceof Action.Authenticate authenticate && authenticate.targetGroups().isEmpty()) {
                findings.add(finding(Values.of("rule", placed.ownerName()), placed.owner(), placed.listener()));
            }
        }
        return findings;
    }
}
