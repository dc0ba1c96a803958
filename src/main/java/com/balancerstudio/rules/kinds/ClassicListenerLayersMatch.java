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
 * Checks that a Classic Load Balancer listener speaks the same layer on both sides (ELB-CLB-002): HTTP or HTTPS in
 * front needs HTTP or HTTPS to the instances, TCP or SSL in front needs TCP or SSL.
 */
public final class ClassicListenerLayersMatch extends CatalogRule {
    public ClassicListenerLayersMatch(Catalog catalog) {
        super(catalog, "ELB-CLB-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb == null || lb.type() != LoadBalancerType.CLASSIC || listener.protocol() == null
                    || listener.instanceProtocol() == null) {
                continue;
            }
            if (isApplicationLayer(listener.protocol()) != isApplicationLayer(listener.instanceProtocol())) {
                var values = Values.of("lbProtocol", listener.protocol()).and("lbPort", listener.port())
                        .and("instanceProtocol", listener.instanceProtocol())
                        .and("instancePort", listener.instancePort());
                findings.add(finding(values, listener, lb));
            }
        }
        return findings;
    }

    static boolean isApplicationLayer(Protocol protocol) {
        return protocol == Protocol.HTTP || protocol == Protocol.HTTPS;
    }
}
