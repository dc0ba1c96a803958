package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.CertificateSource;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Notes a Classic Load Balancer HTTPS or SSL listener serving an IAM server certificate, which nothing renews (ELB-TLS-014). */
public final class ClassicListenerUsesAcmCertificate extends CatalogRule {
    public ClassicListenerUsesAcmCertificate(Catalog catalog) {
        super(catalog, "ELB-TLS-014");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            var certificate = design.get(listener.certificateId(), Certificate.class);
            if (SecureListeners.classic(lb, listener) && certificate != null
                    && certificate.source() == CertificateSource.IAM) {
                findings.add(finding(Values.of("listener", listener.name()).and("cert", certificate.name()),
                        listener, certificate, lb));
            }
        }
        return findings;
    }
}
