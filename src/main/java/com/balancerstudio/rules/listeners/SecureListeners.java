package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/** Which listeners terminate TLS, and the certificates they present. */
final class SecureListeners {
    private SecureListeners() {
    }

    /** ALB HTTPS and NLB TLS listeners: the ones with an ELBv2 security policy. */
    static boolean elbv2(LoadBalancer lb, Listener listener) {
        return lb != null && (lb.type() == LoadBalancerType.APPLICATION && listener.protocol() == Protocol.HTTPS
                || lb.type() == LoadBalancerType.NETWORK && listener.protocol() == Protocol.TLS);
    }

    /** Classic Load Balancer HTTPS and SSL listeners. */
    static boolean classic(LoadBalancer lb, Listener listener) {
        return lb != null && lb.type() == LoadBalancerType.CLASSIC
                && (listener.protocol() == Protocol.HTTPS || listener.protocol() == Protocol.SSL);
    }

    /** The default and additional certificates of the listener that exist in the design, default first. */
    static List<Certificate> certificates(Design design, Listener listener) {
        var found = new ArrayList<Certificate>();
        var main = design.get(listener.certificateId(), Certificate.class);
        if (main != null) {
            found.add(main);
        }
        for (var id : listener.additionalCertificateIds()) {
            var extra = design.get(id, Certificate.class);
            if (extra != null && !found.contains(extra)) {
                found.add(extra);
            }
        }
        return found;
    }
}
