package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports each path-pattern value of a listener rule that is too long or uses characters AWS refuses (ELB-RULE-008). */
public final class PathPatternsValid extends CatalogRule {
    public PathPatternsValid(Catalog catalog) {
        super(catalog, "ELB-RULE-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        RuleConditionValues.eachInvalid(design, ConditionField.PATH_PATTERN, PathPatternsValid::valid, (rule, value) ->
                findings.add(finding(Values.of("value", value), rule, design.get(rule.parent()))));
        return findings;
    }

    static boolean valid(String value) {
        return value != null && value.length() <= AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH
                && AwsLimits.PATH_PATTERN_CHARACTERS.matcher(value).matches();
    }
}
