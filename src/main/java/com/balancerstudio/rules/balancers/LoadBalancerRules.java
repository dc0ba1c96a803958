package com.balancerstudio.rules.balancers;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The core rules of this area: the rules about load balancers themselves: subnets, zones, kinds, Elastic IPs, WAF, Route 53 and quotas. */
public final class LoadBalancerRules {
    private LoadBalancerRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of();
    }
}
