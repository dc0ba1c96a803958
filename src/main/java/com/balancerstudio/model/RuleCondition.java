package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;

/** One condition of a listener rule: the request field and the values (patterns) that match it. */
public record RuleCondition(ConditionField field, List<String> values, String httpHeaderName) {
    public RuleCondition {
        Objects.requireNonNull(field, "field is required");
        values = Ids.listOf(values);
    }

    public static RuleCondition of(ConditionField field, String... values) {
        return new RuleCondition(field, List.of(values), null);
    }
}
