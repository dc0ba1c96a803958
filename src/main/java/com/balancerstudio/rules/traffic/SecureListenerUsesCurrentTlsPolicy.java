package com.balancerstudio.rules.traffic;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports an ALB HTTPS or NLB TLS listener whose TLS policy still allows TLS 1.0/1.1 or weak ciphers (ELB-TLS-009). */
public final class SecureListenerUsesCurrentTlsPolicy extends CatalogRule {
    public SecureListenerUsesCurrentTlsPolicy(Catalog catalog) {
        super(catalog, "ELB-TLS-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (!SecureListenerHasDefaultCertificate.terminatesTls(lb, listener)) {
                continue;
            }
            // Leaving the policy unset is not safe: the API then picks an outdated one.
            var policy = listener.sslPolicy() == null ? AwsLimits.DEFAULT_SSL_POLICY : listener.sslPolicy();
            if (!AwsLimits.OUTDATED_SSL_POLICIES.contains(policy)) {
                continue;
            }
            var shown = listener.sslPolicy() == null ? policy + " (the default when no policy is set)" : policy;
            var changed = listener.withSslPolicy(AwsLimits.RECOMMENDED_SSL_POLICY);
            var fix = Edits.change(design, changed, "Use TLS policy " + AwsLimits.RECOMMENDED_SSL_POLICY
                    + " on '" + listener.name() + "'");
            findings.add(finding(Values.of("listener", listener.name()).and("policy", shown), fix, listener, lb));
        }
        return findings;
    }
}
