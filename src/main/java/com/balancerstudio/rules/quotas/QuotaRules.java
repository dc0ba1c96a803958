package com.balancerstudio.rules.quotas;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The rules of the Elastic Load Balancing quotas (ELB-QTA), read against what the design's account has. */
public final class QuotaRules {
    private QuotaRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new LoadBalancersPerRegionQuota(catalog),
                new TargetGroupsPerRegionQuota(catalog),
                new TargetsPerTargetGroupQuota(catalog),
                new ApplicationLoadBalancerTargetsQuota(catalog),
                new NetworkLoadBalancerTargetsQuota(catalog),
                new GatewayLoadBalancerTargetsQuota(catalog),
                new RulesPerApplicationLoadBalancerQuota(catalog),
                new NetworkLoadBalancerWeightedDefaultAction(catalog),
                new ClassicInstancesQuota(catalog),
                new LoadBalancerInterfacesPerVpcQuota(catalog));
    }
}
