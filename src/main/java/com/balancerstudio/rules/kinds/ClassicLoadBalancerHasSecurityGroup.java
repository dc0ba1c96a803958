package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when a Classic Load Balancer has no security group of the design (ELB-CLB-012): AWS then attaches a default
 * group whose rules were not written for its listener and health-check ports.
 */
public final class ClassicLoadBalancerHasSecurityGroup extends CatalogRule {
    public ClassicLoadBalancerHasSecurityGroup(Catalog catalog) {
        super(catalog, "ELB-CLB-012");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.CLASSIC && lb.securityGroupIds().isEmpty()) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
