package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** Walks the values of one condition field over every listener rule, reporting those a pattern check refuses. */
final class RuleConditionValues {
    private RuleConditionValues() {
    }

    static void eachInvalid(Design design, ConditionField field, Predicate<String> valid,
                            BiConsumer<ListenerRule, String> report) {
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var condition : rule.conditions()) {
                if (condition.field() == field) {
                    condition.values().stream().filter(valid.negate()).forEach(value -> report.accept(rule, value));
                }
            }
        }
    }
}
