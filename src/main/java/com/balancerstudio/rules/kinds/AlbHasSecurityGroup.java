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
 * Warns when an Application Load Balancer has no security group of the design (ELB-ALB-003): AWS then attaches the
 * VPC default group, whose rules were not written for its listener and health-check ports.
 */
public final class AlbHasSecurityGroup extends CatalogRule {
    public AlbHasSecurityGroup(Catalog catalog) {
        super(catalog, "ELB-ALB-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION && lb.securityGroupIds().isEmpty()) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
