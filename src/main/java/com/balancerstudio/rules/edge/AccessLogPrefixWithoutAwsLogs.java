package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an access-log prefix that contains "AWSLogs", which Elastic Load Balancing refuses because it appends
 * AWSLogs/account-id/... to the prefix itself (ELB-LOG-004). The quick fix removes the word from the prefix.
 */
public final class AccessLogPrefixWithoutAwsLogs extends CatalogRule {
    public AccessLogPrefixWithoutAwsLogs(Catalog catalog) {
        super(catalog, "ELB-LOG-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var logs = lb.accessLogs();
            if (logs != null && logs.prefix() != null && logs.prefix().contains(AwsLimits.ACCESS_LOG_RESERVED_PREFIX)) {
                findings.add(finding(Values.of("prefix", logs.prefix()), quickFix(design, lb, logs), lb));
            }
        }
        return findings;
    }

    /** Drops every "AWSLogs" and the slashes it leaves doubled or dangling; an empty prefix means the bucket root. */
    private static Edit quickFix(Design design, LoadBalancer lb, AccessLogs logs) {
        var prefix = logs.prefix().replace(AwsLimits.ACCESS_LOG_RESERVED_PREFIX, "")
                .replaceAll("/{2,}", "/").replaceAll("^/|/$", "");
        var changed = lb.withAccessLogs(
                new AccessLogs(logs.enabled(), logs.bucket(), prefix.isEmpty() ? null : prefix, logs.emitInterval()));
        var label = prefix.isEmpty() ? "Remove the access-log prefix of '" + lb.name() + "'"
                : "Set the access-log prefix of '" + lb.name() + "' to '" + prefix + "'";
        return Edits.change(design, changed, label);
    }
}
