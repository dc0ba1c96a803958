package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a target group with application-based (app_cookie) stickiness that a forward action spreads traffic
 * to together with other target groups by weight, where that stickiness does not work (ELB-STK-007).
 */
public final class AppCookieWithWeightedGroups extends CatalogRule {
    public AppCookieWithWeightedGroups(Catalog catalog) {
        super(catalog, "ELB-STK-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            check(design, listener, listener.defaultAction(), findings);
        }
        for (var rule : design.elementsOf(ListenerRule.class)) {
            check(design, rule, rule.action(), findings);
        }
        return findings;
    }

    private void check(Design design, Element owner, Action action, List<Finding> findings) {
        if (action == null || action.targetGroups().size() < 2) {
            return;
        }
        for (var weighted : action.targetGroups()) {
            var group = design.get(weighted.targetGroupId(), TargetGroup.class);
            if (group != null && group.stickiness() != null && group.stickiness().enabled()
                    && group.stickiness().type() == StickinessType.APP_COOKIE) {
                findings.add(finding(Values.of("tg.name", group.name()).and("rule", owner.name()), group, owner));
            }
        }
    }
}
