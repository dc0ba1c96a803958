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
 * Reports an ALB HTTPS or NLB TLS listener whose security policy is not a predefined ELBSecurityPolicy-* one: these
 * load balancers have no custom policies (ELB-TLS-010). The fix picks the recommended policy.
 */
public final class SecureListenerPolicyPredefined extends CatalogRule {
    public SecureListenerPolicyPredefined(Catalog catalog) {
        super(catalog, "ELB-TLS-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            var policy = listener.sslPolicy();
            if (!SecureListeners.elbv2(lb, listener) || policy == null
                    || policy.startsWith(AwsLimits.PREDEFINED_SSL_POLICY_PREFIX)) {
                continue;
            }
            var fix = Edits.change(design, listener.withSslPolicy(AwsLimits.RECOMMENDED_SSL_POLICY),
                    "Use TLS policy " + AwsLimits.RECOMMENDED_SSL_POLICY + " on '" + listener.name() + "'");
            findings.add(finding(Values.of("policy", policy).and("listener", listener.name()), fix, listener, lb));
        }
        return findings;
    }
}
