package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reports an Application or Network Load Balancer whose listeners hold more additional (non-default) certificates
 * than the account's quota allows, AWS's default unless raised (ELB-TLS-004). A certificate listed on several listeners counts once.
 */
public final class CertificatesPerLoadBalancerQuota extends CatalogRule {
    public CertificatesPerLoadBalancerQuota(Catalog catalog) {
        super(catalog, "ELB-TLS-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (!AwsLimits.CERTIFICATES_PER_LOAD_BALANCER.containsKey(lb.type())) {
                continue;
            }
            int quota = Quotas.of(design, Quota.CERTIFICATES_PER_LOAD_BALANCER);
            var additional = new LinkedHashSet<ElementId>();
            for (var listener : design.topology().listenersOf(lb)) {
                listener.additionalCertificateIds().stream()
                        .filter(id -> !id.equals(listener.certificateId()))
                        .forEach(additional::add);
            }
            if (additional.size() > quota) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", additional.size()).and("quota", Quotas.described(design, Quota.CERTIFICATES_PER_LOAD_BALANCER)), lb));
            }
        }
        return findings;
    }
}
