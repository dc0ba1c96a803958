package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a load balancer that does not write access logs (ELB-LOG-001). A Network Load Balancer only logs its TLS
 * listeners (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html), so one
 * without a TLS listener is not reported; a Gateway Load Balancer has no access logs at all.
 */
public final class AccessLogsEnabled extends CatalogRule {
    public AccessLogsEnabled(Catalog catalog) {
        super(catalog, "ELB-LOG-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.GATEWAY || lb.accessLogs() != null && lb.accessLogs().enabled()) {
                continue;
            }
            if (lb.type() == LoadBalancerType.NETWORK && design.topology().listenersOf(lb).stream()
                    .noneMatch(listener -> listener.protocol() == Protocol.TLS)) {
                continue;
            }
            findings.add(finding(Values.of("lb.name", lb.name()), lb));
        }
        return findings;
    }
}
