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
 * Notes a listener rule whose http-request-method condition names GET but not HEAD, or HEAD but not GET, so the two
 * are routed differently although caches treat a HEAD answer as GET's (ELB-RULE-026). The fix adds the missing method
 * when the rule has room for another value.
 */
public final class GetAndHeadRoutedTogether extends CatalogRule {
    public GetAndHeadRoutedTogether(Catalog catalog) {
        super(catalog, "ELB-RULE-026");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var condition : rule.conditions()) {
                if (condition.field() != ConditionField.HTTP_REQUEST_METHOD) {
                    continue;
                }
                boolean get = condition.values().contains("GET");
                boolean head = condition.values().contains("HEAD");
                if (get != head) {
                    findings.add(finding(Values.of("rule", rule.name()),
                            quickFix(design, rule, condition, get ? "HEAD" : "GET"), rule, design.get(rule.parent())));
                }
            }
        }
        return findings;
    }

    private static Edit quickFix(Design design, ListenerRule rule, RuleCondition condition, String missing) {
        int ruleValues = rule.conditions().stream().mapToInt(c -> c.values().size()).sum();
        if (condition.values().size() >= AwsLimits.RULE_CONDITION_VALUES_PER_CONDITION
                || ruleValues >= AwsLimits.RULE_CONDITION_VALUES_PER_RULE) {
            return null;
        }
        var conditions = new ArrayList<RuleCondition>();
        for (var c : rule.conditions()) {
            if (c != condition) {
                conditions.add(c);
            } else {
                var values = new ArrayList<>(c.values());
                values.add(missing);
                conditions.add(new RuleCondition(c.field(), values, c.httpHeaderName()));
            }
        }
        return Edits.change(design, ListenerCopies.withConditions(rule, conditions),
                "Route " + missing + " with the other methods of '" + rule.name() + "'");
    }
}
