package com.balancerstudio.rules.listeners;

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
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reports a listener rule with several host-header, http-request-method, path-pattern or source-ip conditions, which
 * AWS allows once per rule (ELB-RULE-005). The fix merges their values into the first such condition, as AWS expects
 * alternatives to be written.
 */
public final class ConditionTypeOncePerRule extends CatalogRule {
    public ConditionTypeOncePerRule(Catalog catalog) {
        super(catalog, "ELB-RULE-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var field : AwsLimits.ONCE_PER_RULE_CONDITIONS) {
                long count = rule.conditions().stream().filter(c -> c.field() == field).count();
                if (count > 1) {
                    var fix = Edits.change(design, ListenerCopies.withConditions(rule, merged(rule, field)),
                            "Merge the " + field + " conditions of '" + rule.name() + "'");
                    findings.add(finding(Values.of("rule", rule.name()).and("n", count).and("type", field), fix,
                            rule, design.get(rule.parent())));
                }
            }
        }
        return findings;
    }

    private static List<RuleCondition> merged(ListenerRule rule, ConditionField field) {
        var values = new LinkedHashSet<String>();
        rule.conditions().stream().filter(c -> c.field() == field).forEach(c -> values.addAll(c.values()));
        var result = new ArrayList<RuleCondition>();
        boolean placed = false;
        for (var condition : rule.conditions()) {
            if (condition.field() != field) {
                result.add(condition);
            } else if (!placed) {
                result.add(new RuleCondition(field, List.copyOf(values), condition.httpHeaderName()));
                placed = true;
            }
        }
        return result;
    }
}
