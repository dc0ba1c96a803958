package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule.Values;
import com.balancerstudio.rules.Limit;
import com.balancerstudio.rules.LimitRule;
import com.balancerstudio.rules.Rule;
import java.util.List;
import java.util.function.Function;

/**
 * The numeric limits of load balancer attributes, read by the generic {@link LimitRule}: the idle timeouts of
 * Application (ELB-IDLE-001) and Classic (ELB-IDLE-002) Load Balancers and the connection draining timeout of a
 * Classic Load Balancer (ELB-CLB-006), and an Application Load Balancer's client keep-alive (ELB-IDLE-004). Unset values take the AWS default and are not checked.
 */
public final class KindLimits {
    private KindLimits() {
    }

    public static List<Rule> rules(Catalog catalog) {
        return List.of(
                limit(catalog, "ELB-IDLE-001", LoadBalancerType.APPLICATION, AwsLimits.ALB_IDLE_TIMEOUT,
                        LoadBalancer::idleTimeout),
                limit(catalog, "ELB-IDLE-002", LoadBalancerType.CLASSIC, AwsLimits.CLASSIC_IDLE_TIMEOUT,
                        LoadBalancer::idleTimeout),
                limit(catalog, "ELB-CLB-006", LoadBalancerType.CLASSIC, AwsLimits.CLASSIC_CONNECTION_DRAINING_TIMEOUT,
                        LoadBalancer::connectionDrainingTimeout),
                limit(catalog, "ELB-IDLE-004", LoadBalancerType.APPLICATION, AwsLimits.ALB_CLIENT_KEEP_ALIVE,
                        LoadBalancer::clientKeepAlive));
    }

    private static Rule limit(Catalog catalog, String id, LoadBalancerType type, AwsLimits.Range range,
                              Function<LoadBalancer, Integer> value) {
        return new LimitRule(catalog, id, List.of(new Limit.InRange(id, range, (design, out) -> {
            for (var lb : design.elementsOf(LoadBalancer.class)) {
                var measured = value.apply(lb);
                if (lb.type() == type) {
                    out.accept(new Limit.Measured(lb, measured == null ? null : measured.longValue(),
                            Values.of("lb.name", lb.name())));
                }
            }
        })));
    }
}
