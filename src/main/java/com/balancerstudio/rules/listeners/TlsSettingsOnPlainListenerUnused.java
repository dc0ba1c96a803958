package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Certificate;
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
 * Reports a certificate or security policy on a listener that does not terminate TLS (HTTP, TCP, UDP...), where AWS
 * never uses it (ELB-TLS-003). The fix removes them.
 */
public final class TlsSettingsOnPlainListenerUnused extends CatalogRule {
    public TlsSettingsOnPlainListenerUnused(Catalog catalog) {
        super(catalog, "ELB-TLS-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            // A Gateway Load Balancer listener has no protocol at all; it is not a plain-text listener either.
            if (listener.protocol() == null || AwsLimits.TLS_TERMINATING_PROTOCOLS.contains(listener.protocol())) {
                continue;
            }
            if (listener.certificateId() == null && listener.additionalCertificateIds().isEmpty()
                    && listener.sslPolicy() == null) {
                continue;
            }
            var cleared = listener.withTls(null, List.of(), null);
            var fix = Edits.change(design, cleared, "Remove certificate and security policy from '" + listener.name() + "'");
            findings.add(finding(Values.of("protocol", listener.protocol()).and("listener", listener.name()), fix,
                    listener, design.get(listener.certificateId(), Certificate.class),
                    design.get(listener.parent(), LoadBalancer.class)));
        }
        return findings;
    }
}
