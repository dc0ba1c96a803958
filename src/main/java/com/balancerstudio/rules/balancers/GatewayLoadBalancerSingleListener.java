package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that a Gateway Load Balancer has a single listener without protocol or port (it takes all IP packets). */
public final class GatewayLoadBalancerSingleListener extends CatalogRule {
    public GatewayLoadBalancerSingleListener(Catalog catalog) {
        super(catalog, "ELB-GWLB-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.GATEWAY) {
                continue;
            }
            // No listener at all is ELB-GEN-012's finding.
            var listeners = design.topology().listenersOf(lb);
            var offending = listeners.size() > 1 ? listeners
                    : listeners.stream().filter(GatewayLoadBalancerSingleListener::hasProtocolOrPort).toList();
            if (!offending.isEmpty()) {
                var involved = new ArrayList<Element>();
                involved.add(lb);
                involved.addAll(offending);
                findings.add(finding(Values.of("lb.name", lb.name()),
                        listeners.size() == 1 ? clearProtocolAndPort(design, listeners.get(0)) : null,
                        involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }

    private static boolean hasProtocolOrPort(Listener listener) {
        return listener.protocol() != null || listener.port() != null;
    }

    /** With one listener the fix is plain; with several, which one stays is the designer's call. */
    private static Edit clearProtocolAndPort(Design design, Listener l) {
        var cleared = l.withProtocolAndPort(null, null);
        return Edits.change(design, cleared, "Clear the protocol and port of listener " + l.name());
    }
}
