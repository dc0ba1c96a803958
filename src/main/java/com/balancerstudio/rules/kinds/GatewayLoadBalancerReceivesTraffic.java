package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a Gateway Load Balancer that no traffic reaches (ELB-GWLB-009): it has no GWLB endpoint, or no route
 * table routes to any of its endpoints. It has no quick fix: which subnets' traffic to inspect, and through which
 * endpoint, is the designer's choice.
 */
public final class GatewayLoadBalancerReceivesTraffic extends CatalogRule {
    public GatewayLoadBalancerReceivesTraffic(Catalog catalog) {
        super(catalog, "ELB-GWLB-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.GATEWAY) {
                continue;
            }
            var endpoints = design.topology().endpointsOf(lb);
            if (endpoints.stream().noneMatch(endpoint -> routedTo(design, endpoint))) {
                var elements = new ArrayList<Element>();
                elements.add(lb);
                elements.addAll(endpoints);
                findings.add(finding(Values.of("lb.name", lb.name()), elements.toArray(Element[]::new)));
            }
        }
        return findings;
    }

    private static boolean routedTo(Design design, GatewayLoadBalancerEndpoint endpoint) {
        return design.topology().referrersOf(endpoint.id()).stream().anyMatch(RouteTable.class::isInstance);
    }
}
