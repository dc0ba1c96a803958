package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.TargetGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which listeners send traffic to each target group, through their default action or one of their rules; built in
 * one pass over the design so a rule asks about every group without searching the listeners each time.
 */
final class Forwarders {
    private final Map<ElementId, Set<Listener>> byGroup = new HashMap<>();

    private Forwarders(Design design) {
        for (var listener : design.elementsOf(Listener.class)) {
            link(listener, listener.defaultAction());
        }
        for (var rule : design.elementsOf(ListenerRule.class)) {
            var listener = design.get(rule.parent(), Listener.class);
            if (listener != null) {
                link(listener, rule.action());
            }
        }
    }

    static Forwarders in(Design design) {
        return new Forwarders(design);
    }

    /** The listeners forwarding to the group, default actions first, each once. */
    List<Listener> of(TargetGroup group) {
        return new ArrayList<>(byGroup.getOrDefault(group.id(), Set.of()));
    }

    private void link(Listener listener, Action action) {
        if (action == null) {
            return;
        }
        for (var weighted : action.targetGroups()) {
            byGroup.computeIfAbsent(weighted.targetGroupId(), k -> new LinkedHashSet<>()).add(listener);
        }
    }
}
