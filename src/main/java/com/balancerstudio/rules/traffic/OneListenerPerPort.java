package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Reports a listener that takes a port another listener of the same load balancer already has (ELB-LSN-003). */
public final class OneListenerPerPort extends CatalogRule {
    public OneListenerPerPort(Catalog catalog) {
        super(catalog, "ELB-LSN-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var first = new HashMap<Integer, Listener>();
            for (var listener : design.topology().listenersOf(lb)) {
                // Gateway Load Balancer listeners have no port; there is nothing to collide on.
                if (listener.port() == null) {
                    continue;
                }
                var earlier = first.putIfAbsent(listener.port(), listener);
                if (earlier != null) {
                    findings.add(finding(Values.of("lb.name", lb.name()).and("port", listener.port()),
                            listener, earlier, lb));
                }
            }
        }
        return findings;
    }
}
