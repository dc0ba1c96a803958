package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a Network Load Balancer listener that carries WebSockets over UDP or QUIC (ELB-LSN-005). */
public final class NlbWebSocketsNeedStreamListener extends CatalogRule {
    public NlbWebSocketsNeedStreamListener(Catalog catalog) {
        super(catalog, "ELB-LSN-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb != null && lb.type() == LoadBalancerType.NETWORK && listener.websockets()
                    && listener.protocol() != null && !AwsLimits.NLB_WEBSOCKET_PROTOCOLS.contains(listener.protocol())) {
                findings.add(finding(Values.of("listener", listener.name()).and("protocol", listener.protocol()),
                        listener, lb));
            }
        }
        return findings;
    }
}
