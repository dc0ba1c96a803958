package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;

/** A rule of an Application Load Balancer listener (its parent): when all conditions match, the action runs. */
public record ListenerRule(ElementId id, String name, ElementId parent, Rect bounds, Integer priority,
                           List<RuleCondition> conditions, Action action) implements Element {
    public ListenerRule {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        conditions = Ids.listOf(conditions);
        Objects.requireNonNull(action, "action is required");
    }

    @Override
    public List<Reference> references() {
        var builder = Reference.builder();
        Action.addReferences(builder, "action", action);
        return builder.build();
    }

    @Override
    public ListenerRule withoutReferencesTo(ElementId target) {
        return new ListenerRule(id, name, parent, bounds, priority, conditions, action.withoutTargetGroup(target));
    }

    @Override
    public ListenerRule withName(String newName) {
        return new ListenerRule(id, newName, parent, bounds, priority, conditions, action);
    }

    @Override
    public ListenerRule withPlacement(ElementId newParent, Rect newBounds) {
        return new ListenerRule(id, name, newParent, newBounds, priority, conditions, action);
    }
}
