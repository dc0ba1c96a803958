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
 * A certificate on a Network Load Balancer TLS listener whose key is not one the NLB guide documents (RSA 2048/3072,
 * ECDSA P-256/384/521): RSA 1024, RSA 4096 or ED25519 (ELB-TLS-007). The fix gives it ACM's default RSA 2048 key.
 */
public final class NlbCertificateKeySupported extends CatalogRule {
    public NlbCertificateKeySupported(Catalog catalog) {
        super(catalog, "ELB-TLS-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb == null || lb.type() != LoadBalancerType.NETWORK || !SecureListeners.elbv2(lb, listener)) {
                continue;
            }
            for (var certificate : SecureListeners.certificates(design, listener)) {
                var key = certificate.keyAlgorithmOrDefault();
                if (!AwsLimits.NLB_TLS_KEY_ALGORITHMS.contains(key)) {
                    findings.add(finding(Values.of("key", key.value()).and("cert", certificate.name())
                                    .and("listener", listener.name()), CertificateKeys.useAcmDefault(design, certificate),
                            certificate, listener, lb));
                }
            }
        }
        return findings;
    }
}
