package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a listener rule without conditions (ELB-RULE-004): only the listener's default rule, which the design keeps
 * as the listener's default action, may match everything.
 */
public final class RuleHasConditions extends CatalogRule {
    public RuleHasConditions(Catalog catalog) {
        super(catalog, "ELB-RULE-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            if (rule.conditions().isEmpty()) {
                findings.add(finding(Values.of("rule", rule.name()), rule, design.get(rule.parent())));
            }
        }
        return findings;
    }
}
