package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a query-string condition value whose key or value is longer than 128 characters (ELB-RULE-011). The design
 * writes each match as "key=value", or "value" for a match on any key, as the Terraform export splits it.
 */
public final class QueryStringConditionsLength extends CatalogRule {
    public QueryStringConditionsLength(Catalog catalog) {
        super(catalog, "ELB-RULE-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var condition : rule.conditions()) {
                if (condition.field() != ConditionField.QUERY_STRING) {
                    continue;
                }
                for (var match : condition.values()) {
                    int equals = match.indexOf('=');
                    var key = equals < 0 ? "" : match.substring(0, equals);
                    var value = equals < 0 ? match : match.substring(equals + 1);
                    if (key.length() > AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH
                            || value.length() > AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH) {
                        findings.add(finding(Values.of("key", key).and("value", value).and("rule", rule.name()),
                                rule, design.get(rule.parent())));
                    }
                }
            }
        }
        return findings;
    }
}
