package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.TargetGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The listeners that send traffic to a target group, through their default action or one of their rules. */
final class Forwarders {
    private Forwarders() {
    }

    static List<Listener> of(Design design, TargetGroup group) {
        var listeners = new LinkedHashSet<Listener>();
        for (var listener : design.elementsOf(Listener.class)) {
            if (listener.defaultAction() != null && sendsTo(listener.defaultAction(), group)) {
                listeners.add(listener);
            }
        }
        for (var rule : design.elementsOf(ListenerRule.class)) {
            var listener = design.get(rule.parent(), Listener.class);
            if (listener != null && sendsTo(rule.action(), group)) {
                listeners.add(listener);
            }
        }
        return new ArrayList<>(listeners);
    }

    private static boolean sendsTo(com.balancerstudio.model.Action action, TargetGroup group) {
        return action.targetGroups().stream().anyMatch(w -> w.targetGroupId().equals(group.id()));
    }
}
