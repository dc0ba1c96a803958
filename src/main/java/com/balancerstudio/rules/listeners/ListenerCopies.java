package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import java.util.List;

/** Changed copies of listener rules that the quick fixes of this area make. */
final class ListenerCopies {
    private ListenerCopies() {
    }

    static ListenerRule withAction(ListenerRule r, Action action) {
        return new ListenerRule(r.id(), r.name(), r.parent(), r.bounds(), r.priority(), r.conditions(), action);
    }

    static ListenerRule withConditions(ListenerRule r, List<RuleCondition> conditions) {
        return new ListenerRule(r.id(), r.name(), r.parent(), r.bounds(), r.priority(), conditions, r.action());
    }
}
