package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks the number of listeners of each load balancer against the AWS quota for its kind. */
public final class ListenersPerLoadBalancerQuota extends CatalogRule {
    public ListenersPerLoadBalancerQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            int listeners = design.topology().listenersOf(lb).size();
            int quota = AwsLimits.LISTENERS_PER_LOAD_BALANCER.get(lb.type());
            if (listeners > quota) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", listeners)
                        .and("lb.type", lb.type().displayName()).and("quota", quota), lb));
            }
        }
        return findings;
    }
}
