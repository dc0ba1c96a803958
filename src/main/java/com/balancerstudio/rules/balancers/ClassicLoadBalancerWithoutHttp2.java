package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a design that needs clients to speak HTTP/2 to a Classic Load Balancer, whose front end speaks HTTP/1.x
 * only. No quick fix: turning the wish off would hide the need rather than meet it; an ALB meets it.
 */
public final class ClassicLoadBalancerWithoutHttp2 extends CatalogRule {
    public ClassicLoadBalancerWithoutHttp2(Catalog catalog) {
        super(catalog, "ELB-CLB-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.CLASSIC && Boolean.TRUE.equals(lb.enableHttp2())) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
