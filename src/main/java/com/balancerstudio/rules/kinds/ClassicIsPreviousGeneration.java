package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Notes that a Classic Load Balancer is of the previous generation, without what newer kinds offer (ELB-CLB-009). */
public final class ClassicIsPreviousGeneration extends CatalogRule {
    public ClassicIsPreviousGeneration(Catalog catalog) {
        super(catalog, "ELB-CLB-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.CLASSIC) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
