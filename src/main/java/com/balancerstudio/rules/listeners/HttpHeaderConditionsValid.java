package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an http-header condition AWS refuses: a header name that is missing, longer than 40 characters, holds a
 * wildcard or other refused character, or is Host (which has its own condition); or a value longer than 128
 * characters (ELB-RULE-010). A Host header condition is turned into a host-header condition by the fix.
 */
public final class HttpHeaderConditionsValid extends CatalogRule {
    public HttpHeaderConditionsValid(Catalog catalog) {
        super(catalog, "ELB-RULE-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var condition : rule.conditions()) {
                if (condition.field() == ConditionField.HTTP_HEADER && !valid(condition)) {
                    var name = condition.httpHeaderName() == null ? "" : condition.httpHeaderName();
                    findings.add(finding(Values.of("name", name).and("rule", rule.name()),
                            quickFix(design, rule, condition), rule, design.get(rule.parent())));
                }
            }
        }
        return findings;
    }

    /** A Host header condition says what a host-header condition says; moving it is the fix, if the rule has none yet. */
    private static Edit quickFix(Design design, ListenerRule rule, RuleCondition condition) {
        boolean host = "Host".equalsIgnoreCase(condition.httpHeaderName());
        boolean hasHostCondition = rule.conditions().stream().anyMatch(c -> c.field() == ConditionField.HOST_HEADER);
        if (!host || hasHostCondition) {
            return null;
        }
        var conditions = rule.conditions().stream()
                .map(c -> c != condition ? c : new RuleCondition(ConditionField.HOST_HEADER, c.values(), null)).toList();
        return Edits.change(design, ListenerCopies.withConditions(rule, conditions),
                "Match the host of '" + rule.name() + "' with a host-header condition");
    }

    static boolean valid(RuleCondition condition) {
        var name = condition.httpHeaderName();
        boolean nameValid = name != null && AwsLimits.HTTP_HEADER_NAME.matcher(name).matches()
                && name.indexOf('*') < 0 && name.indexOf('?') < 0 && !name.equalsIgnoreCase("Host");
        return nameValid && condition.values().stream()
                .allMatch(v -> v != null && v.length() <= AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH);
    }
}
