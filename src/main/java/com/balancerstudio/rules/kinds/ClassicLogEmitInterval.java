package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a Classic Load Balancer whose access logs are published at another interval than the two AWS offers, 5 or
 * 60 minutes (ELB-CLB-010). The quick fix picks the nearer of the two.
 */
public final class ClassicLogEmitInterval extends CatalogRule {
    public ClassicLogEmitInterval(Catalog catalog) {
        super(catalog, "ELB-CLB-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var logs = lb.accessLogs();
            if (lb.type() != LoadBalancerType.CLASSIC || logs == null || logs.emitInterval() == null
                    || AwsLimits.CLASSIC_LOG_EMIT_INTERVALS.contains(logs.emitInterval())) {
                continue;
            }
            int nearest = AwsLimits.CLASSIC_LOG_EMIT_INTERVALS.stream()
                    .min((a, b) -> Integer.compare(Math.abs(a - logs.emitInterval()), Math.abs(b - logs.emitInterval())))
                    .orElse(AwsLimits.CLASSIC_LOG_EMIT_INTERVAL_DEFAULT);
            var fix = Edits.change(design, lb.withAccessLogs(logs.withEmitInterval(nearest)),
                    "Publish the access logs of '" + lb.name() + "' every " + nearest + " minutes");
            findings.add(finding(Values.none(), fix, lb));
        }
        return findings;
    }
}
