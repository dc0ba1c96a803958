package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Refuses Elastic IPs on a Classic Load Balancer, whose node addresses AWS changes at will. */
public final class ClassicLoadBalancerWithoutElasticIps extends CatalogRule {
    public ClassicLoadBalancerWithoutElasticIps(Catalog catalog) {
        super(catalog, "ELB-CLB-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.CLASSIC && ElasticIpMappings.hasElasticIp(lb)) {
                findings.add(finding(Values.of("lb.name", lb.name()), ElasticIpMappings.removeElasticIps(design, lb),
                        ElasticIpMappings.withElasticIps(design, lb)));
            }
        }
        return findings;
    }
}
