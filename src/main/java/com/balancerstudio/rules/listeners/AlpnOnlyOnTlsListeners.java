package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** An ALPN policy on a listener that is not a Network Load Balancer's TLS listener (ELB-LSN-006); the fix removes it. */
public final class AlpnOnlyOnTlsListeners extends CatalogRule {
    public AlpnOnlyOnTlsListeners(Catalog catalog) {
        super(catalog, "ELB-LSN-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (listener.alpnPolicy() == null || lb == null
                    || lb.type() == LoadBalancerType.NETWORK && listener.protocol() == Protocol.TLS) {
                continue;
            }
            var fix = Edits.change(design, listener.withConnectionSettings(null, listener.tcpIdleTimeoutSeconds()),
                    "Remove the ALPN policy of '" + listener.name() + "'");
            findings.add(finding(Values.none(), fix, listener));
        }
        return findings;
    }
}
