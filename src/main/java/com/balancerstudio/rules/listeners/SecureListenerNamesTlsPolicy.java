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
 * Notes an ALB HTTPS or NLB TLS listener that leaves its security policy unset, so the console and the API/Terraform
 * would pick different policies (ELB-TLS-008). The fix names the recommended one.
 */
public final class SecureListenerNamesTlsPolicy extends CatalogRule {
    public SecureListenerNamesTlsPolicy(Catalog catalog) {
        super(catalog, "ELB-TLS-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (!SecureListeners.elbv2(lb, listener) || listener.sslPolicy() != null) {
                continue;
            }
            var fix = Edits.change(design, listener.withSslPolicy(AwsLimits.RECOMMENDED_SSL_POLICY),
                    "Use TLS policy " + AwsLimits.RECOMMENDED_SSL_POLICY + " on '" + listener.name() + "'");
            findings.add(finding(Values.of("listener", listener.name()), fix, listener, lb));
        }
        return findings;
    }
}
