package com.balancerstudio.rules.kinds;

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

/**
 * Notes a Classic Load Balancer listener that terminates TLS (HTTPS or SSL) and talks plain HTTP or TCP to the
 * instances (ELB-CLB-011). Whether that is acceptable is the designer's call, hence no quick fix.
 */
public final class ClassicListenerReencrypts extends CatalogRule {
    public ClassicListenerReencrypts(Catalog catalog) {
        super(catalog, "ELB-CLB-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb != null && lb.type() == LoadBalancerType.CLASSIC && encrypted(listener.protocol())
                    && (listener.instanceProtocol() == Protocol.HTTP || listener.instanceProtocol() == Protocol.TCP)) {
                findings.add(finding(Values.of("listener", listener.name()).and("lb.name", lb.name()), listener, lb));
            }
        }
        return findings;
    }

    private static boolean encrypted(Protocol protocol) {
        return protocol == Protocol.HTTPS || protocol == Protocol.SSL;
    }
}
