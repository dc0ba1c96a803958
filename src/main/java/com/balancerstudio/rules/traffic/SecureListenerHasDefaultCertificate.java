package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Certificate;
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

/** Reports an ALB HTTPS or NLB TLS listener without a default server certificate (ELB-TLS-001). */
public final class SecureListenerHasDefaultCertificate extends CatalogRule {
    public SecureListenerHasDefaultCertificate(Catalog catalog) {
        super(catalog, "ELB-TLS-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (!terminatesTls(lb, listener)) {
                continue;
            }
            // A certificate id that names nothing in the design gives AWS no certificate either.
            if (design.get(listener.certificateId(), Certificate.class) == null) {
                findings.add(finding(Values.of("protocol", listener.protocol()).and("listener", listener.name())
                        .and("lb.name", lb.name()), listener, lb));
            }
        }
        return findings;
    }

    /** ALB HTTPS and NLB TLS listeners; Classic Load Balancer listeners are ELB-TLS-002's. */
    static boolean terminatesTls(LoadBalancer lb, Listener listener) {
        return lb != null && (lb.type() == LoadBalancerType.APPLICATION && listener.protocol() == Protocol.HTTPS
                || lb.type() == LoadBalancerType.NETWORK && listener.protocol() == Protocol.TLS);
    }
}
