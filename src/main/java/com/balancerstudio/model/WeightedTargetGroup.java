package com.balancerstudio.model;

import java.util.Objects;

/** A target group in a forward action with its weight (0-999) among the action's target groups. */
public record WeightedTargetGroup(ElementId targetGroupId, Integer weight) {
    public WeightedTargetGroup {
        Objects.requireNonNull(targetGroupId, "target_group_id is required");
    }

    public static WeightedTargetGroup of(ElementId targetGroupId) {
        return new WeightedTargetGroup(targetGroupId, null);
    }
}
