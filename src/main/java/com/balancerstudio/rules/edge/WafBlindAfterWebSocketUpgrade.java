package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes a WAF-protected Application Load Balancer with a WebSocket listener: once a connection is upgraded, neither
 * listener rules nor AWS WAF see what flows through it (ELB-WAF-006). One note per listener that carries WebSockets.
 */
public final class WafBlindAfterWebSocketUpgrade extends CatalogRule {
    public WafBlindAfterWebSocketUpgrade(Catalog catalog) {
        super(catalog, "ELB-WAF-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION || lb.webAclId() == null) {
                continue;
            }
            for (Listener listener : design.topology().listenersOf(lb)) {
                if (listener.websockets()) {
                    findings.add(finding(Values.none(), listener, lb));
                }
            }
        }
        return findings;
    }
}
