package com.balancerstudio.rules.balancers;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/**
 * The core rules of this area: the rules about load balancers themselves: subnets, zones, kinds, Elastic IPs, WAF,
 * Route 53 and quotas.
 */
public final class LoadBalancerRules {
    private LoadBalancerRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new LoadBalancerSubnetsInOwnVpc(catalog),
                new OneSubnetPerZone(catalog),
                new InternetFacingNeedsInternetGateway(catalog),
                new InternetFacingInPublicSubnets(catalog),
                new LoadBalancerHasListener(catalog),
                new LoadBalancingReferencesResolve(catalog),
                new UnevenTargetsWithoutCrossZone(catalog),
                new AlbSubnetsSpanTwoZones(catalog),
                new AlbWithoutElasticIps(catalog),
                new NlbElasticIpsOnlyWhenInternetFacing(catalog),
                new GatewayLoadBalancerWithoutElasticIps(catalog),
                new GatewayLoadBalancerSingleListener(catalog),
                new GatewayLoadBalancerForwardsToGeneve(catalog),
                new ClassicLoadBalancerWithoutHttp2(catalog),
                new ClassicWebSocketsNeedTcpListener(catalog),
                new ClassicBackendsAreInstancesOfItsVpc(catalog),
                new ClassicLoadBalancerWithoutElasticIps(catalog),
                new ListenersPerLoadBalancerQuota(catalog),
                new WafOnlyOnApplicationLoadBalancers(catalog),
                new AliasNotToGatewayLoadBalancer(catalog));
    }
}
