package com.balancerstudio.rules.targets;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The catalog rules about target groups, their health checks and their sticky sessions (ELB-TG, ELB-HC, ELB-STK). */
public final class TargetGroupRules {
    private TargetGroupRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new TargetGroupNameValid(catalog),
                new NlbListenerForwardsToMatchingProtocol(catalog),
                new TargetTypeSupportedByLoadBalancer(catalog),
                new TargetTypeRequiredSettings(catalog),
                new TargetGroupUsedByOneLoadBalancer(catalog),
                new TargetGroupInLoadBalancerVpc(catalog),
                new ProtocolVersionOnlyForHttp(catalog),
                new Http2AndGrpcNeedHttpsListeners(catalog),
                new NlbDeregistrationDelayShort(catalog),
                new SlowStartValid(catalog),
                new AlgorithmOnlyOnAlbTargetGroups(catalog),
                new AlbTargetGroupUsesDefaults(catalog),
                new TargetGroupUsedByListener(catalog),
                new LambdaTargetGroupAttributes(catalog),
                new UdpTargetsCanRespond(catalog),
                new HealthCheckProtocolAllowed(catalog),
                new MatcherOnlyForHttpHealthChecks(catalog),
                new SuccessCodesInRange(catalog),
                new HealthCheckPortValid(catalog),
                new HealthChecksStayEnabled(catalog),
                new LambdaHealthChecksOn(catalog),
                new ClassicHealthCheckTarget(catalog),
                new AlbTargetGroupMatchesAlbListener(catalog),
                new DistributedHealthChecks(catalog),
                new AppCookieNameValid(catalog),
                new LbCookieIgnoresCookieName(catalog),
                new StickinessNeedsCrossZone(catalog),
                new NoStickinessOnLambda(catalog),
                new AppCookieWithWeightedGroups(catalog),
                new NoStickinessForTlsToTls(catalog),
                new SourceIpStickinessTradeOffs(catalog),
                new HopToTargetsEncryption(catalog),
                new DefaultHealthCheckSettings(catalog),
                new ClientIpPreservedForUdp(catalog),
                new ProxyProtocolNeedsSupport(catalog),
                new Ipv6TargetGroupNeedsDualstack(catalog),
                new ClassicStickinessNeedsHttpListener(catalog),
                new LambdaHealthCheckIntervalAboveTimeout(catalog),
                new ClientIpPreservationReachesTargets(catalog));
    }
}
