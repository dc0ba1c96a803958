package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that every subnet a load balancer is enabled in belongs to the load balancer's own VPC. */
public final class LoadBalancerSubnetsInOwnVpc extends CatalogRule {
    public LoadBalancerSubnetsInOwnVpc(Catalog catalog) {
        super(catalog, "ELB-GEN-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var vpc = topology.vpcOf(lb);
            var foreign = topology.subnetsOf(lb).stream()
                    .filter(subnet -> !vpc.equals(topology.vpcOf(subnet))).toList();
            if (!foreign.isEmpty()) {
                var involved = new ArrayList<Element>();
                involved.add(lb);
                involved.addAll(foreign);
                findings.add(finding(Values.of("lb.name", lb.name()).and("lb.vpc", vpc.name()),
                        involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
