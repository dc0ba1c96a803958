package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reports a listener rule with more condition values, or more wildcards in its values, than AWS allows per rule
 * (ELB-RULE-006). Each value is one match evaluation, so the match-evaluation quota (also 5) is the values count.
 */
public final class RuleConditionQuota extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html (wildcards may
    // appear in http-header, host-header, path-pattern and query-string values)
    private static final Set<ConditionField> WILDCARD_FIELDS = EnumSet.of(ConditionField.HTTP_HEADER,
            ConditionField.HOST_HEADER, ConditionField.PATH_PATTERN, ConditionField.QUERY_STRING);

    public RuleConditionQuota(Catalog catalog) {
        super(catalog, "ELB-RULE-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            int values = rule.conditions().stream().mapToInt(c -> c.values().size()).sum();
            if (values > AwsLimits.RULE_CONDITION_VALUES_PER_RULE) {
                findings.add(finding(Values.of("rule", rule.name()).and("what", "condition values").and("n", values),
                        rule, design.get(rule.parent())));
            }
            long wildcards = rule.conditions().stream().filter(c -> WILDCARD_FIELDS.contains(c.field()))
                    .flatMap(c -> c.values().stream())
                    .mapToLong(v -> v.chars().filter(ch -> ch == '*' || ch == '?').count()).sum();
            if (wildcards > AwsLimits.RULE_WILDCARDS_PER_RULE) {
                findings.add(finding(Values.of("rule", rule.name()).and("what", "wildcards").and("n", wildcards),
                        rule, design.get(rule.parent())));
            }
        }
        return findings;
    }
}
