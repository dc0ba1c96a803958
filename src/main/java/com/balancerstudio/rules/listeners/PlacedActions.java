package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import java.util.ArrayList;
import java.util.List;

/** Every action the design's listeners (default actions) and listener rules run, with where each one sits. */
final class PlacedActions {
    private PlacedActions() {
    }

    /** An action with its listener, that listener's load balancer, and the rule holding it (null for a default action). */
    record Placed(Action action, Listener listener, LoadBalancer lb, ListenerRule rule) {
        /** The element a finding about the action is about: the rule, or the listener for its default action. */
        Element owner() {
            return rule != null ? rule : listener;
        }

        /** How a message names the action's owner. */
        String ownerName() {
            return rule != null ? rule.name() : listener.name() + " default action";
        }

        /** The owner with its action replaced, for quick fixes. */
        Element withAction(Action changed) {
            return rule != null ? ListenerCopies.withAction(rule, changed) : listener.withDefaultAction(changed);
        }
    }

    /** The actions of listeners whose load balancer exists, default actions first per listener, then its rules. */
    static List<Placed> of(Design design) {
        var placed = new ArrayList<Placed>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb == null) {
                continue;
            }
            if (listener.defaultAction() != null) {
                placed.add(new Placed(listener.defaultAction(), listener, lb, null));
            }
            for (var rule : design.topology().rulesOf(listener)) {
                placed.add(new Placed(rule.action(), listener, lb, rule));
            }
        }
        return placed;
    }

    /** The actions on load balancers of one kind. */
    static List<Placed> of(Design design, LoadBalancerType type) {
        return of(design).stream().filter(p -> p.lb().type() == type).toList();
    }
}
