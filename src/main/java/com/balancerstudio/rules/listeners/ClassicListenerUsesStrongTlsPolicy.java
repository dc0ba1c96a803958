package com.balancerstudio.rules.listeners;

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

/**
 * Reports a Classic Load Balancer HTTPS or SSL listener whose predefined policy (ELBSecurityPolicy-2016-08 when none
 * is set) still allows TLS 1.0/1.1 (ELB-TLS-011). Custom policies are not judged: the design does not record what
 * they enable. The fix selects ELBSecurityPolicy-TLS-1-2-2017-01, which keeps RSA ciphers for ACM certificates.
 */
public final class ClassicListenerUsesStrongTlsPolicy extends CatalogRule {
    public ClassicListenerUsesStrongTlsPolicy(Catalog catalog) {
        super(catalog, "ELB-TLS-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (!SecureListeners.classic(lb, listener)) {
                continue;
            }
            var policy = listener.sslPolicy() == null ? AwsLimits.CLASSIC_DEFAULT_SSL_POLICY : listener.sslPolicy();
            boolean predefined = AwsLimits.CLASSIC_PREDEFINED_SSL_POLICY_PREFIXES.stream().anyMatch(policy::startsWith);
            if (!predefined || policy.equals(AwsLimits.CLASSIC_RECOMMENDED_SSL_POLICY)) {
                continue;
            }
            var shown = listener.sslPolicy() == null ? policy + ", the default when none is set" : policy;
            var fix = Edits.change(design, listener.withSslPolicy(AwsLimits.CLASSIC_RECOMMENDED_SSL_POLICY),
                    "Use TLS policy " + AwsLimits.CLASSIC_RECOMMENDED_SSL_POLICY + " on '" + listener.name() + "'");
            findings.add(finding(Values.of("listener", listener.name()).and("policy", shown), fix, listener, lb));
        }
        return findings;
    }
}
