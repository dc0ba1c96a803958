package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Quotas;
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
            int quota = quota(design, lb.type());
            if (listeners > quota) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", listeners)
                        .and("lb.type", lb.type().displayName()).and("quota", quota), lb));
            }
        }
        return findings;
    }

    /** Application and Classic Load Balancers' listener quotas can be raised; the others are fixed. */
    private static int quota(Design design, LoadBalancerType type) {
        if (type == LoadBalancerType.APPLICATION) {
            return Quotas.of(design, Quota.LISTENERS_PER_APPLICATION_LOAD_BALANCER);
        }
        if (type == LoadBalancerType.CLASSIC) {
            return Quotas.of(design, Quota.LISTENERS_PER_CLASSIC_LOAD_BALANCER);
        }
        return AwsLimits.LISTENERS_PER_LOAD_BALANCER.get(type);
    }
}
