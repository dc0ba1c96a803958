package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A listener rule whose actions have an order outside 1-50000, the same order twice, or an authentication ordered
 * after the forward it guards (ELB-RULE-015). The fix leaves the orders implicit: AWS then runs the actions as written,
 * authentication first.
 */
public final class ActionOrderValid extends CatalogRule {
    public ActionOrderValid(Catalog catalog) {
        super(catalog, "ELB-RULE-015");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            var wrong = wrongOrder(rule.action());
            if (wrong == null) {
                continue;
            }
            var fix = Edits.change(design, ListenerCopies.withAction(rule, rule.action().withImplicitOrder()),
                    "Leave the action order of '" + rule.name() + "' implicit");
            findings.add(finding(Values.of("order", wrong).and("rule", rule.name()), fix, rule,
                    design.get(rule.parent(), Listener.class)));
        }
        return findings;
    }

    /** The first order that is out of range, repeated, or puts authentication after its forward; null if none. */
    private static Integer wrongOrder(Action action) {
        var seen = new HashSet<Integer>();
        for (var order : action.orders()) {
            if (order != null && (!AwsLimits.ACTION_ORDER.contains(order) || !seen.add(order))) {
                return order;
            }
        }
        if (action instanceof Action.Authenticate authenticate && authenticate.order() != null
                && authenticate.forwardOrder() != null && authenticate.order() > authenticate.forwardOrder()) {
            return authenticate.order();
        }
        return null;
    }
}
