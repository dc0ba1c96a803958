package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports sticky sessions on a TLS target group that a TLS listener forwards to, which a Network Load Balancer does
 * not support (ELB-STK-009).
 */
public final class NoStickinessForTlsToTls extends CatalogRule {
    public NoStickinessForTlsToTls(Catalog catalog) {
        super(catalog, "ELB-STK-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var forwarders = Forwarders.in(design);
        for (var group : design.elementsOf(TargetGroup.class)) {
            var stickiness = group.stickiness();
            if (stickiness == null || !stickiness.enabled() || group.protocol() != Protocol.TLS) {
                continue;
            }
            for (var listener : forwarders.of(group)) {
                if (listener.protocol() == Protocol.TLS) {
                    findings.add(finding(Values.of("tg.name", group.name()), group, listener));
                }
            }
        }
        return findings;
    }
}
