package com.balancerstudio.rules.kinds;

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
 * Notes an internal Application, Network or Classic Load Balancer placed in public subnets (ELB-GEN-008): it works,
 * but private subnets are where internal load balancers belong.
 */
public final class InternalInPrivateSubnets extends CatalogRule {
    public InternalInPrivateSubnets(Catalog catalog) {
        super(catalog, "ELB-GEN-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (!lb.internal() || lb.type() == LoadBalancerType.GATEWAY) {
                continue;
            }
            var publicSubnets = topology.subnetsOf(lb).stream().filter(topology::isPublic).toList();
            if (!publicSubnets.isEmpty()) {
                var involved = new ArrayList<Element>();
                involved.add(lb);
                involved.addAll(publicSubnets);
                findings.add(finding(Values.of("lb.name", lb.name()), involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
