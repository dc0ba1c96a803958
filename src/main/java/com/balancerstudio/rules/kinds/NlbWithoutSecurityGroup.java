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
 * Notes a Network Load Balancer created without security groups (ELB-NLB-005): none can be added later, and nothing
 * filters client traffic before the targets.
 */
public final class NlbWithoutSecurityGroup extends CatalogRule {
    public NlbWithoutSecurityGroup(Catalog catalog) {
        super(catalog, "ELB-NLB-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.NETWORK && lb.securityGroupIds().isEmpty()) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
