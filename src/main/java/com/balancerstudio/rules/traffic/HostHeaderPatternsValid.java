package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports each host-header value of a listener rule that AWS refuses as a host pattern (ELB-RULE-007). */
public final class HostHeaderPatternsValid extends CatalogRule {
    public HostHeaderPatternsValid(Catalog catalog) {
        super(catalog, "ELB-RULE-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        RuleConditionValues.eachInvalid(design, ConditionField.HOST_HEADER, HostHeaderPatternsValid::valid, (rule, value) ->
                findings.add(finding(Values.of("value", value), rule, design.get(rule.parent()))));
        return findings;
    }

    static boolean valid(String value) {
        return value != null && value.length() <= AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH
                && AwsLimits.HOST_PATTERN.matcher(value).matches();
    }
}
