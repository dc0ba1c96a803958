package com.balancerstudio.rules.traffic;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The core rules of this area: the rules about listeners, listener rules, TLS, target groups, health checks, targets and availability. */
public final class TrafficRules {
    private TrafficRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of(
                new OneListenerPerPort(catalog),
                new AlbHttpListenerRedirectsToHttps(catalog),
                new SecureListenerHasDefaultCertificate(catalog),
                new SecureListenerUsesCurrentTlsPolicy(catalog),
                new RulePrioritiesUniquePerListener(catalog),
                new HostHeaderPatternsValid(catalog),
                new PathPatternsValid(catalog),
                new UsedTargetGroupHasTargets(catalog),
                new HealthCheckTimeoutBelowInterval(catalog),
                new HealthCheckPathValid(catalog),
                new InstanceTargetsInTargetGroupVpc(catalog),
                new TargetsInEnabledZones(catalog),
                new TargetsSpanTwoZones(catalog),
                new MoreThanOneTarget(catalog),
                new LoadBalancerSpansTwoZones(catalog),
                new TargetsNotDirectlyExposed(catalog),
                new AsgAttachedToInstanceTargetGroups(catalog));
    }
}
