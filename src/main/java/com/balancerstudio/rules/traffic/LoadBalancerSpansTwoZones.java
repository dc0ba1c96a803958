package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a Network, Gateway or Classic Load Balancer enabled in a single Availability Zone (ELB-HA-004); AWS
 * itself refuses an Application Load Balancer with fewer than two.
 */
public final class LoadBalancerSpansTwoZones extends CatalogRule {
    public LoadBalancerSpansTwoZones(Catalog catalog) {
        super(catalog, "ELB-HA-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION || design.topology().enabledZones(lb).size() != 1) {
                continue;
            }
            var involved = new ArrayList<Element>();
            involved.add(lb);
            involved.addAll(design.topology().subnetsOf(lb));
            findings.add(finding(Values.of("lb.name", lb.name()), involved.toArray(Element[]::new)));
        }
        return findings;
    }
}
