package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Checks that a load balancer is enabled in at most one subnet of each Availability Zone. */
public final class OneSubnetPerZone extends CatalogRule {
    public OneSubnetPerZone(Catalog catalog) {
        super(catalog, "ELB-GEN-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            // Counted per mapping, so a subnet mapped twice also asks for a second node in its zone.
            var byZone = new LinkedHashMap<String, List<Subnet>>();
            for (var subnet : topology.subnetsOf(lb)) {
                byZone.computeIfAbsent(topology.zoneNameOf(subnet), k -> new ArrayList<>()).add(subnet);
            }
            byZone.forEach((zone, subnets) -> {
                if (zone != null && subnets.size() > 1) {
                    var involved = new ArrayList<Element>();
                    involved.add(lb);
                    involved.addAll(subnets);
                    findings.add(finding(Values.of("lb.name", lb.name()).and("n", subnets.size()).and("az", zone),
                            involved.toArray(Element[]::new)));
                }
            });
        }
        return findings;
    }
}
