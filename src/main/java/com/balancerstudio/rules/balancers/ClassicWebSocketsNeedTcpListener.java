package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edit;
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

/** Refuses WebSockets through a Classic Load Balancer HTTP or HTTPS listener, which drops the Upgrade handshake. */
public final class ClassicWebSocketsNeedTcpListener extends CatalogRule {
    public ClassicWebSocketsNeedTcpListener(Catalog catalog) {
        super(catalog, "ELB-CLB-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb != null && lb.type() == LoadBalancerType.CLASSIC && listener.websockets()
                    && isHttp(listener.protocol())) {
                findings.add(finding(Values.none(), switchToTcp(design, listener), listener, lb));
            }
        }
        return findings;
    }

    private static boolean isHttp(Protocol protocol) {
        return protocol == Protocol.HTTP || protocol == Protocol.HTTPS;
    }

    /**
     * HTTP becomes TCP and HTTPS becomes SSL on both sides, so the front- and back-end protocols still pair
     * (ELB-CLB-002) and the certificate keeps terminating TLS.
     */
    private static Edit switchToTcp(Design design, Listener l) {
        var front = layer4(l.protocol());
        var back = isHttp(l.instanceProtocol()) ? layer4(l.instanceProtocol()) : l.instanceProtocol();
        // A name that only spelled the old protocol and port would now mislead.
        var name = l.name().equals(l.protocol() + " :" + l.port()) ? front + " :" + l.port() : l.name();
        var changed = l.withName(name).withProtocolAndPort(front, l.port()).withInstanceProtocol(back);
        return Edits.change(design, changed, "Switch listener " + l.name() + " to " + front);
    }

    private static Protocol layer4(Protocol protocol) {
        return protocol == Protocol.HTTPS ? Protocol.SSL : Protocol.TCP;
    }
}
