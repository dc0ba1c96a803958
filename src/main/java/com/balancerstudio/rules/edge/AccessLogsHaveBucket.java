package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports access logs switched on without the S3 bucket they go to, which AWS refuses (ELB-LOG-002). Gateway Load
 * Balancers are ELB-LOG-007's: they have no access logs to configure.
 */
public final class AccessLogsHaveBucket extends CatalogRule {
    public AccessLogsHaveBucket(Catalog catalog) {
        super(catalog, "ELB-LOG-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var logs = lb.accessLogs();
            if (lb.type() != LoadBalancerType.GATEWAY && logs != null && logs.enabled()
                    && (logs.bucket() == null || logs.bucket().isBlank())) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
