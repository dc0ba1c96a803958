package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Reports a listener rule whose priority another rule of the same listener already has (ELB-RULE-003). */
public final class RulePrioritiesUniquePerListener extends CatalogRule {
    public RulePrioritiesUniquePerListener(Catalog catalog) {
        super(catalog, "ELB-RULE-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var first = new HashMap<Integer, ListenerRule>();
            for (var rule : design.topology().rulesOf(listener)) {
                if (rule.priority() == null) {
                    continue;
                }
                var earlier = first.putIfAbsent(rule.priority(), rule);
                if (earlier != null) {
                    findings.add(finding(Values.of("listener", listener.name()).and("priority", rule.priority()),
                            rule, earlier, listener));
                }
            }
        }
        return findings;
    }
}
