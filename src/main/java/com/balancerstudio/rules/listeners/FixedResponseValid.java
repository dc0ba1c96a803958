package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a fixed response AWS refuses: a status code that is not 2XX, 4XX or 5XX, or a content type other than the
 * five AWS serves (ELB-RULE-022). An unset content type is allowed.
 */
public final class FixedResponseValid extends CatalogRule {
    public FixedResponseValid(Catalog catalog) {
        super(catalog, "ELB-RULE-022");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design)) {
            if (placed.action() instanceof Action.FixedResponse response) {
                var reasons = reasons(response);
                if (!reasons.isEmpty()) {
                    findings.add(finding(Values.of("rule", placed.ownerName()).and("reason", String.join("; ", reasons)),
                            placed.owner(), placed.listener()));
                }
            }
        }
        return findings;
    }

    static List<String> reasons(Action.FixedResponse response) {
        var reasons = new ArrayList<String>();
        if (response.statusCode() == null || !AwsLimits.FIXED_RESPONSE_STATUS_CODE.matcher(response.statusCode()).matches()) {
            reasons.add("status code " + (response.statusCode() == null ? "missing" : "'" + response.statusCode()
                    + "' is not 2XX, 4XX or 5XX"));
        }
        if (response.contentType() != null && !AwsLimits.FIXED_RESPONSE_CONTENT_TYPES.contains(response.contentType())) {
            reasons.add("content type '" + response.contentType() + "' is not one of "
                    + String.join(", ", AwsLimits.FIXED_RESPONSE_CONTENT_TYPES));
        }
        return reasons;
    }
}
