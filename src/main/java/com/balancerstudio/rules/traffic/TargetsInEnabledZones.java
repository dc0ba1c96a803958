package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target in a zone where its load balancer has no node while other targets of the group are in enabled
 * zones: it receives no traffic, whatever cross-zone load balancing says (ELB-TGT-007).
 */
public final class TargetsInEnabledZones extends CatalogRule {
    public TargetsInEnabledZones(Catalog catalog) {
        super(catalog, "ELB-TGT-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var enabled = design.topology().enabledZones(lb);
            for (var owner : TargetOwner.servedBy(design, lb)) {
                // When no target is in an enabled zone the whole group is unreachable: that is ELB-TGT-013.
                boolean anyServed = owner.targets().stream().anyMatch(t -> enabled.contains(t.zone()));
                if (!anyServed) {
                    continue;
                }
                for (var target : owner.targets()) {
                    if (target.zone() != null && !enabled.contains(target.zone())) {
                        findings.add(finding(Values.of("target", target.label()).and("az", target.zone())
                                .and("lb.name", lb.name()), target.element(), owner.element(), lb));
                    }
                }
            }
        }
        return findings;
    }
}
