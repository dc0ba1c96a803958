package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes a Network Load Balancer TCP listener on port 443: it passes TLS through, so the targets hold the certificates
 * and choose the TLS versions (ELB-LSN-008).
 */
public final class NlbTcpPassthroughOn443 extends CatalogRule {
    public NlbTcpPassthroughOn443(Catalog catalog) {
        super(catalog, "ELB-LSN-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb != null && lb.type() == LoadBalancerType.NETWORK && listener.protocol() == Protocol.TCP
                    && Integer.valueOf(AwsLimits.HTTPS_PORT).equals(listener.port())) {
                findings.add(finding(Values.of("listener", listener.name()).and("lb.name", lb.name()), listener, lb));
            }
        }
        return findings;
    }
}
