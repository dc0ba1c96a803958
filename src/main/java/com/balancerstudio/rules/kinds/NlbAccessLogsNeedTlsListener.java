package com.balancerstudio.rules.kinds;

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
 * Notes access logs switched on for a Network Load Balancer without a TLS listener (ELB-NLB-008): an NLB logs only
 * TLS requests, so nothing would be written.
 */
public final class NlbAccessLogsNeedTlsListener extends CatalogRule {
    public NlbAccessLogsNeedTlsListener(Catalog catalog) {
        super(catalog, "ELB-NLB-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.NETWORK && lb.accessLogs() != null && lb.accessLogs().enabled()
                    && design.topology().listenersOf(lb).stream().noneMatch(l -> l.protocol() == Protocol.TLS)) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
