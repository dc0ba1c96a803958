package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A secure listener (ALB HTTPS, NLB TLS, CLB HTTPS/SSL) serving a certificate whose recorded expiry date has passed
 * (ELB-TLS-015). Today is the clock's date. No quick fix: the certificate has to be renewed or replaced in ACM or IAM.
 */
public final class ExpiredCertificateOnListener extends CatalogRule {
    private final Clock clock;

    public ExpiredCertificateOnListener(Catalog catalog, Clock clock) {
        super(catalog, "ELB-TLS-015");
        this.clock = clock;
    }

    @Override
    public List<Finding> check(Design design) {
        var today = LocalDate.now(clock);
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (!SecureListeners.elbv2(lb, listener) && !SecureListeners.classic(lb, listener)) {
                continue;
            }
            for (var certificate : SecureListeners.certificates(design, listener)) {
                var expiry = certificate.expiry();
                if (expiry != null && expiry.isBefore(today)) {
                    findings.add(finding(Values.of("cert", certificate.name()).and("listener", listener.name())
                            .and("date", expiry), certificate, listener, lb));
                }
            }
        }
        return findings;
    }
}
