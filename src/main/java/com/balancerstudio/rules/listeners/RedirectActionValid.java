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
 * Reports a redirect AWS refuses: a status code other than HTTP_301/HTTP_302, a port that is neither #{port} nor
 * 1-65535, a host, path or query over 128 characters, or a path not starting with '/' (ELB-RULE-021).
 */
public final class RedirectActionValid extends CatalogRule {
    public RedirectActionValid(Catalog catalog) {
        super(catalog, "ELB-RULE-021");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design)) {
            if (placed.action() instanceof Action.Redirect redirect) {
                var reasons = reasons(redirect);
                if (!reasons.isEmpty()) {
                    findings.add(finding(Values.of("rule", placed.ownerName()).and("reason", String.join("; ", reasons)),
                            placed.owner(), placed.listener()));
                }
            }
        }
        return findings;
    }

    static List<String> reasons(Action.Redirect redirect) {
        var reasons = new ArrayList<String>();
        if (!AwsLimits.REDIRECT_STATUS_CODES.contains(redirect.statusCode())) {
            reasons.add("status code " + redirect.statusCode() + " is not " + String.join(" or ", AwsLimits.REDIRECT_STATUS_CODES));
        }
        if (redirect.port() != null && !redirect.port().equals("#{port}") && !validPort(redirect.port())) {
            reasons.add("port '" + redirect.port() + "' is not #{port} or " + AwsLimits.LISTENER_PORT);
        }
        tooLong("host", redirect.host(), reasons);
        tooLong("path", redirect.path(), reasons);
        tooLong("query", redirect.query(), reasons);
        if (redirect.path() != null && !redirect.path().startsWith("/")) {
            reasons.add("path '" + redirect.path() + "' does not start with '/'");
        }
        return reasons;
    }

    private static boolean validPort(String port) {
        return port.matches("[0-9]{1,5}") && AwsLimits.LISTENER_PORT.contains(Long.parseLong(port));
    }

    private static void tooLong(String part, String value, List<String> reasons) {
        if (value != null && value.length() > AwsLimits.REDIRECT_PART_MAX_LENGTH) {
            reasons.add(part + " has " + value.length() + " characters, over " + AwsLimits.REDIRECT_PART_MAX_LENGTH);
        }
    }
}
