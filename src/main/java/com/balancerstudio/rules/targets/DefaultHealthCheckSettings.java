package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.HealthCheckDefaults;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Points out a target group with no health check settings of its own, and a Classic Load Balancer without a health
 * check whose instances listen on another port than the API default ping target TCP:80 (ELB-HC-015). A Lambda group
 * is left out: its health checks are off by default, which ELB-HC-011 reports.
 */
public final class DefaultHealthCheckSettings extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html (default ping target TCP:80)
    private static final int CLASSIC_DEFAULT_PING_PORT = 80;

    public DefaultHealthCheckSettings(Catalog catalog) {
        super(catalog, "ELB-HC-015");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.LAMBDA && HealthCheck.DEFAULTS.equals(group.healthCheck())) {
                var protocol = HealthCheckProtocols.effective(group);
                var d = HealthCheckDefaults.defaults(TargetGroupKind.of(design, group), group.targetType(), protocol);
                var where = HealthCheckProtocols.isHttp(protocol) ? protocol + " / on the traffic port"
                        : protocol + " on the traffic port";
                findings.add(finding(Values.of("owner", "Target group " + group.name())
                        .and("defaults", describe(where, d)), group));
            }
        }
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.CLASSIC || lb.healthCheck() != null || !listensElsewhere(design, lb)) {
                continue;
            }
            var d = HealthCheckDefaults.defaults(LoadBalancerType.CLASSIC, TargetType.INSTANCE, null);
            findings.add(finding(Values.of("owner", "Load balancer " + lb.name())
                    .and("defaults", describe("TCP:" + CLASSIC_DEFAULT_PING_PORT, d)), lb));
        }
        return findings;
    }

    private static boolean listensElsewhere(Design design, LoadBalancer lb) {
        for (Listener listener : design.topology().listenersOf(lb)) {
            var port = listener.instancePort() != null ? listener.instancePort() : listener.port();
            if (port != null && port != CLASSIC_DEFAULT_PING_PORT) {
                return true;
            }
        }
        return false;
    }

    private static String describe(String where, HealthCheckDefaults.Effective d) {
        return where + ", every " + d.interval() + " s, timeout " + d.timeout() + " s, healthy after "
                + d.healthyThreshold() + ", unhealthy after " + d.unhealthyThreshold();
    }
}
