package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reports a Classic Load Balancer HTTPS or SSL listener without a server certificate (ELB-TLS-002). */
public final class ClassicSecureListenerHasCertificate extends CatalogRule {
    public ClassicSecureListenerHasCertificate(Catalog catalog) {
        super(catalog, "ELB-TLS-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (!SecureListeners.classic(lb, listener) || design.get(listener.certificateId(), Certificate.class) != null) {
                continue;
            }
            findings.add(finding(Values.of("lbProtocol", listener.protocol()).and("port", listener.port())
                    .and("listener", listener.name()), quickFix(design, lb, listener), listener, lb));
        }
        return findings;
    }

    /** Attaching is obvious only when the load balancer's Region holds exactly one certificate. */
    private static Edit quickFix(Design design, LoadBalancer lb, Listener listener) {
        var region = design.topology().regionOf(lb);
        if (region == null) {
            return null;
        }
        var candidates = design.elementsOf(Certificate.class).stream()
                .filter(c -> Objects.equals(design.topology().regionOf(c), region)).toList();
        if (candidates.size() != 1) {
            return null;
        }
        var certificate = candidates.get(0);
        var changed = listener.withTls(certificate.id(), listener.additionalCertificateIds(),
                listener.sslPolicy());
        return Edits.change(design, changed, "Attach certificate '" + certificate.name() + "' to '" + listener.name() + "'");
    }
}
