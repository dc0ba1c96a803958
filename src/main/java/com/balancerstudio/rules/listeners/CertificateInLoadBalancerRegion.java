package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a listener certificate kept in another Region than the listener's load balancer (ELB-TLS-005). */
public final class CertificateInLoadBalancerRegion extends CatalogRule {
    public CertificateInLoadBalancerRegion(Catalog catalog) {
        super(catalog, "ELB-TLS-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            var lbRegion = lb == null ? null : design.topology().regionOf(lb);
            if (lbRegion == null) {
                continue;
            }
            for (var certificate : SecureListeners.certificates(design, listener)) {
                var certificateRegion = design.topology().regionOf(certificate);
                if (certificateRegion != null && !certificateRegion.id().equals(lbRegion.id())) {
                    findings.add(finding(Values.of("cert", certificate.name())
                            .and("cert.region", certificateRegion.regionName()).and("lb.region", lbRegion.regionName())
                            .and("lb.name", lb.name()).and("listener", listener.name()), certificate, listener));
                }
            }
        }
        return findings;
    }
}
