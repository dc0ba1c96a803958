package com.balancerstudio.rules.kinds;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog rules about what each kind of load balancer allows and recommends (ELB-ALB, ELB-NLB, ELB-GWLB, ELB-CLB),
 * the general load balancer rules (ELB-GEN), idle timeouts (ELB-IDLE) and cross-zone load balancing (ELB-XZ) that the
 * core set does not already check.
 */
public final class KindRules {
    private KindRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        var rules = new ArrayList<Rule>(KindLimits.rules(catalog));
        rules.addAll(List.of(
                new AlbCrossZoneNotDisabled(catalog),
                new NetworkLoadBalancerHasSubnet(catalog),
                new GatewayLoadBalancerWithoutScheme(catalog),
                new GatewayLoadBalancerWithoutSecurityGroups(catalog),
                new ClassicLoadBalancerHasSubnet(catalog),
                new ClassicListenerLayersMatch(catalog),
                new ClassicConnectionDrainingEnabled(catalog),
                new ClassicCrossZoneEnabled(catalog),
                new ClassicIsPreviousGeneration(catalog),
                new ClassicListenerReencrypts(catalog),
                new ClassicLoadBalancerHasSecurityGroup(catalog),
                new LoadBalancerNameValid(catalog),
                new SubnetHasFreeAddressesForNodes(catalog),
                new NodeSubnetsLargeEnoughToScale(catalog),
                new InternalInPrivateSubnets(catalog),
                new CrossZoneDefaultStated(catalog),
                new NlbAndTargetAlbSameCrossZone(catalog),
                new AlbTargetGroupCoversEveryZone(catalog),
                new AlbHttp2NeedsHttpsListener(catalog),
                new AlbTargetOfAtMostTwoNlbs(catalog),
                new NlbPrivateAddressUsable(catalog),
                new NlbStaticAddressesFixed(catalog),
                new NlbWithoutSecurityGroup(catalog),
                new QuicListenerPrerequisites(catalog),
                new NlbAccessLogsNeedTlsListener(catalog),
                new AppliancesAcceptGeneve(catalog),
                new GeneveMtuAdvice(catalog),
                new DeletionProtectionEnabled(catalog),
                new AlbHasSecurityGroup(catalog),
                new AlbDropsInvalidHeaders(catalog),
                new DesyncMitigationNotMonitor(catalog),
                new UdpOnDualstackNeedsIpv6Group(catalog),
                new TcpIdleTimeoutValid(catalog),
                new TargetFailoverConsistent(catalog),
                new TargetKeepAliveOutlastsIdleTimeout(catalog),
                new DualstackNeedsIpv6Subnets(catalog),
                new LoadBalancerZoneTypesSupported(catalog),
                new AlbEdgeFeaturesAvailable(catalog),
                new ClassicLogEmitInterval(catalog),
                new GatewayLoadBalancerReceivesTraffic(catalog)));
        return rules;
    }
}
