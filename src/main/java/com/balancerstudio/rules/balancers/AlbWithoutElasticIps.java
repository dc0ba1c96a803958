package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Refuses Elastic IP allocations in the subnet mappings of an Application Load Balancer. */
public final class AlbWithoutElasticIps extends CatalogRule {
    public AlbWithoutElasticIps(Catalog catalog) {
        super(catalog, "ELB-ALB-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION && ElasticIpMappings.hasElasticIp(lb)) {
                findings.add(finding(Values.of("lb.name", lb.name()), ElasticIpMappings.removeElasticIps(design, lb),
                        ElasticIpMappings.withElasticIps(design, lb)));
            }
        }
        return findings;
    }
}
