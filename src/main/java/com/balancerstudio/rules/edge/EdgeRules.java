package com.balancerstudio.rules.edge;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/**
 * The catalog rules about what stands at the edge of a load balancer: security posture, access logs, AWS WAF and
 * Route 53 alias records (ELB-SEC-*, ELB-LOG-*, ELB-WAF-*, ELB-R53-*).
 */
public final class EdgeRules {
    private EdgeRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new ListenerPortsOpenInbound(catalog),
                new OutboundToTargetsOpen(catalog),
                new InboundLimitedToListeners(catalog),
                new TargetsReachedOnlyThroughLoadBalancer(catalog),
                new LoadBalancerInternetFacing(catalog),
                new InternetFacingOpenToAllClients(catalog),
                new AccessLogsEnabled(catalog),
                new AccessLogsHaveBucket(catalog),
                new AccessLogPrefixWithoutAwsLogs(catalog),
                new NoAccessLogsOnGatewayLoadBalancer(catalog),
                new WebAclInAlbRegion(catalog),
                new PublicAlbProtectedByWaf(catalog),
                new WafBlindAfterWebSocketUpgrade(catalog),
                new AliasRecordTypeForLoadBalancer(catalog),
                new AaaaAliasNeedsDualstack(catalog),
                new NoCnameAtZoneApex(catalog),
                new CnameToLoadBalancer(catalog),
                new PublicRecordToInternalLoadBalancer(catalog),
                new AliasEvaluatesTargetHealth(catalog),
                new WafStaysClosedWhenUnreachable(catalog),
                new LogBucketInLoadBalancerRegion(catalog),
                new LogBucketEncryptionSupported(catalog),
                new LogBucketAllowsDelivery(catalog));
    }
}
