package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Points out what becomes of TLS at a load balancer: an HTTPS or TLS listener that forwards to an HTTP or TCP
 * target group sends the last hop unencrypted, and to an HTTPS or TLS group encrypted but without checking the
 * targets' certificates (ELB-TG-023).
 */
public final class HopToTargetsEncryption extends CatalogRule {
    public HopToTargetsEncryption(Catalog catalog) {
        super(catalog, "ELB-TG-023");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var reported = new HashSet<String>();
        var forwarders = Forwarders.in(design);
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.protocol() == null) {
                continue;
            }
            boolean encrypted = group.protocol() == Protocol.HTTPS || group.protocol() == Protocol.TLS;
            for (var listener : forwarders.of(group)) {
                var lb = design.get(listener.parent(), LoadBalancer.class);
                boolean secure = listener.protocol() == Protocol.HTTPS || listener.protocol() == Protocol.TLS;
                if (lb == null || !secure || !reported.add(lb.id() + "/" + group.id())) {
                    continue;
                }
                var values = Values.of("lb.name", lb.name()).and("tg.name", group.name());
                findings.add(Wording.choose(finding(values, group, listener),
                        encrypted ? "encrypted without certificate validation" : "unencrypted"));
            }
        }
        return findings;
    }
}
