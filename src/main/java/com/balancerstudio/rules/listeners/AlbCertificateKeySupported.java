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

/**
 * A certificate with a key an Application Load Balancer cannot serve on its HTTPS listener: ED25519, which ACM neither
 * issues nor imports (ELB-TLS-006). The fix gives the certificate ACM's default RSA 2048 key.
 */
public final class AlbCertificateKeySupported extends CatalogRule {
    public AlbCertificateKeySupported(Catalog catalog) {
        super(catalog, "ELB-TLS-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb == null || lb.type() != LoadBalancerType.APPLICATION || !SecureListeners.elbv2(lb, listener)) {
                continue;
            }
            for (var certificate : SecureListeners.certificates(design, listener)) {
                var key = certificate.keyAlgorithmOrDefault();
                if (!AwsLimits.ALB_KEY_ALGORITHMS.contains(key)) {
                    findings.add(finding(Values.of("cert", certificate.name()).and("key", key.value())
                                    .and("listener", listener.name()), CertificateKeys.useAcmDefault(design, certificate),
                            certificate, listener, lb));
                }
            }
        }
        return findings;
    }
}
