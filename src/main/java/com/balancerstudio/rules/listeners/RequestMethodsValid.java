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
import java.util.Locale;

/**
 * Reports an http-request-method value AWS refuses: longer than 40 characters or holding anything but A-Z, '-' and '_'
 * (ELB-RULE-009). Methods match case-sensitively, so when the value is only written in lower case the fix capitalises it.
 */
public final class RequestMethodsValid extends CatalogRule {
    public RequestMethodsValid(Catalog catalog) {
        super(catalog, "ELB-RULE-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var condition : rule.conditions()) {
                if (condition.field() != ConditionField.HTTP_REQUEST_METHOD) {
                    continue;
                }
                for (var value : condition.values()) {
                    if (!valid(value)) {
                        findings.add(finding(Values.of("value", value).and("rule", rule.name()),
                                quickFix(design, rule, condition, value), rule, design.get(rule.parent())));
                    }
                }
            }
        }
        return findings;
    }

    static boolean valid(String value) {
        return value != null && AwsLimits.HTTP_REQUEST_METHOD.matcher(value).matches();
    }

    private static Edit quickFix(Design design, ListenerRule rule, RuleCondition condition, String value) {
        var upper = value == null ? null : value.toUpperCase(Locale.ROOT);
        if (!valid(upper)) {
            return null;
        }
        var conditions = new ArrayList<RuleCondition>();
        for (var c : rule.conditions()) {
            conditions.add(c != condition ? c : new RuleCondition(c.field(),
                    c.values().stream().map(v -> v.equals(value) ? upper : v).distinct().toList(), c.httpHeaderName()));
        }
        return Edits.change(design, ListenerCopies.withConditions(rule, conditions),
                "Write method '" + value + "' of '" + rule.name() + "' as " + upper);
    }
}
