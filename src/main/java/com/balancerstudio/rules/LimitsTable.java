package com.balancerstudio.rules;

import static com.balancerstudio.rules.CatalogRule.Values;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The limits table: every bound and allowed-value list the core rules check, as data. The numbers themselves live in
 * {@link AwsLimits}; each row says which rule it belongs to and what to measure.
 */
public final class LimitsTable {
    private LimitsTable() {
    }

    public static final List<Limit> ROWS = List.of(
            new Limit.InRange("NET-VPC-001", AwsLimits.VPC_PREFIX_LENGTH, (design, out) -> {
                for (var vpc : design.elementsOf(Vpc.class)) {
                    vpc.allCidrBlocks().forEach(cidr -> out.accept(new Limit.Measured(vpc, (long) cidr.prefixLength(),
                            Values.of("vpc.name", vpc.name()).and("cidr", cidr))));
                }
            }),
            new Limit.InRange("NET-SUB-001", AwsLimits.SUBNET_PREFIX_LENGTH, (design, out) -> {
                for (var subnet : design.elementsOf(Subnet.class)) {
                    out.accept(new Limit.Measured(subnet, (long) subnet.cidrBlock().prefixLength(),
                            Values.of("subnet.name", subnet.name()).and("cidr", subnet.cidrBlock())));
                }
            }),
            new Limit.InRange("ELB-LSN-002", AwsLimits.LISTENER_PORT, (design, out) -> {
                for (var listener : design.elementsOf(Listener.class)) {
                    out.accept(new Limit.Measured(listener, toLong(listener.port()), Values.of("port", listener.port())));
                }
            }),
            new Limit.InRange("ELB-RULE-002", AwsLimits.RULE_PRIORITY, (design, out) -> {
                for (var rule : design.elementsOf(ListenerRule.class)) {
                    out.accept(new Limit.Measured(rule, toLong(rule.priority()), Values.of("priority", rule.priority())));
                }
            }),
            new Limit.InRange("ELB-TG-004", new AwsLimits.Range(AwsLimits.GENEVE_PORT, AwsLimits.GENEVE_PORT),
                    (design, out) -> {
                        for (var group : design.elementsOf(TargetGroup.class)) {
                            if (group.protocol() == Protocol.GENEVE) {
                                out.accept(new Limit.Measured(group, toLong(group.port()), Values.of("tg.name", group.name())));
                            }
                        }
                    }),
            new Limit.InRange("ELB-TG-012", AwsLimits.DEREGISTRATION_DELAY, (design, out) ->
                    targetGroups(design, false, group -> out.accept(deregistrationDelay(group)))),
            // Lambda target groups have no deregistration delay at all: any value set there is refused.
            new Limit.InRange("ELB-TG-012", new AwsLimits.Range(1, 0), (design, out) ->
                    targetGroups(design, true, group -> out.accept(deregistrationDelay(group)))),
            onTargetGroups("ELB-HC-001", AwsLimits.HEALTH_CHECK_INTERVAL, HealthCheck::interval),
            onClassicLoadBalancers("ELB-HC-001", AwsLimits.HEALTH_CHECK_INTERVAL, HealthCheck::interval),
            onTargetGroups("ELB-HC-002", AwsLimits.HEALTH_CHECK_TIMEOUT, HealthCheck::timeout),
            onClassicLoadBalancers("ELB-HC-002", AwsLimits.CLASSIC_HEALTH_CHECK_TIMEOUT, HealthCheck::timeout),
            onTargetGroups("ELB-HC-004", AwsLimits.HEALTH_CHECK_THRESHOLD, HealthCheck::healthyThreshold),
            onTargetGroups("ELB-HC-004", AwsLimits.HEALTH_CHECK_THRESHOLD, HealthCheck::unhealthyThreshold),
            onClassicLoadBalancers("ELB-HC-004", AwsLimits.HEALTH_CHECK_THRESHOLD, HealthCheck::healthyThreshold),
            onClassicLoadBalancers("ELB-HC-004", AwsLimits.HEALTH_CHECK_THRESHOLD, HealthCheck::unhealthyThreshold),
            new Limit.InRange("ELB-STK-002", AwsLimits.STICKINESS_DURATION, (design, out) -> {
                for (var group : design.elementsOf(TargetGroup.class)) {
                    var stickiness = group.stickiness();
                    if (stickiness != null && (stickiness.type() == StickinessType.LB_COOKIE
                            || stickiness.type() == StickinessType.APP_COOKIE)) {
                        out.accept(new Limit.Measured(group, toLong(stickiness.cookieDuration()),
                                Values.of("tg.name", group.name())));
                    }
                }
            }),
            new Limit.OneOf<Protocol>("ELB-LSN-001", (design, out) -> {
                for (var listener : design.elementsOf(Listener.class)) {
                    var lb = design.get(listener.parent(), LoadBalancer.class);
                    // A Gateway Load Balancer listener has no protocol at all; ELB-GWLB-004 says so.
                    if (lb != null && lb.type() != LoadBalancerType.GATEWAY && listener.protocol() != null) {
                        out.accept(new Limit.Candidate<>(listener, listener.protocol(),
                                AwsLimits.LISTENER_PROTOCOLS.get(lb.type()),
                                Values.of("protocol", listener.protocol()).and("lb.type", lb.type().displayName())));
                    }
                }
            }),
            new Limit.OneOf<Protocol>("ELB-TG-002", (design, out) -> {
                for (var group : design.elementsOf(TargetGroup.class)) {
                    if (group.protocol() == null && group.targetType() == TargetType.LAMBDA) {
                        continue;
                    }
                    for (var lb : design.topology().loadBalancersOf(group)) {
                        var allowed = AwsLimits.TARGET_GROUP_PROTOCOLS.get(lb.type());
                        if (allowed != null) {
                            out.accept(new Limit.Candidate<>(group, group.protocol(), allowed,
                                    Values.of("tg.name", group.name()).and("tg.protocol", group.protocol())
                                            .and("lb.type", lb.type().displayName()).and("lb.name", lb.name())));
                        }
                    }
                }
            }),
            new Limit.OneOf<StickinessType>("ELB-STK-001", (design, out) -> {
                for (var group : design.elementsOf(TargetGroup.class)) {
                    if (group.stickiness() != null && group.stickiness().enabled()) {
                        var kind = TargetGroupKind.of(design, group);
                        var allowed = AwsLimits.STICKINESS_TYPES.get(kind);
                        if (allowed != null) {
                            out.accept(new Limit.Candidate<>(group, group.stickiness().type(), allowed,
                                    Values.of("type", group.stickiness().type()).and("lb.type", kind.displayName())));
                        }
                    }
                }
            }));

    /** One {@link LimitRule} per rule id of the table. */
    public static List<Rule> rules(Catalog catalog) {
        var byId = new LinkedHashMap<String, List<Limit>>();
        for (var row : ROWS) {
            byId.computeIfAbsent(row.ruleId(), k -> new ArrayList<>()).add(row);
        }
        var rules = new ArrayList<Rule>();
        byId.forEach((id, rows) -> rules.add(new LimitRule(catalog, id, rows)));
        return rules;
    }

    public static Set<String> ruleIds() {
        var ids = new java.util.LinkedHashSet<String>();
        ROWS.forEach(row -> ids.add(row.ruleId()));
        return ids;
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Limit.Measured deregistrationDelay(TargetGroup group) {
        return new Limit.Measured(group, toLong(group.deregistrationDelay()), Values.of("tg.name", group.name()));
    }

    private static void targetGroups(Design design, boolean lambda, Consumer<TargetGroup> each) {
        for (var group : design.elementsOf(TargetGroup.class)) {
            if ((group.targetType() == TargetType.LAMBDA) == lambda) {
                each.accept(group);
            }
        }
    }

    /** A health-check value of every target group. */
    private static Limit onTargetGroups(String ruleId, AwsLimits.Range range, Function<HealthCheck, Integer> value) {
        return new Limit.InRange(ruleId, range, (design, out) -> {
            for (var group : design.elementsOf(TargetGroup.class)) {
                out.accept(new Limit.Measured(group, toLong(value.apply(group.healthCheck())),
                        Values.of("owner", "target group " + group.name()).and("tg.name", group.name())));
            }
        });
    }

    /** A health-check value of every classic load balancer (which checks its instances itself). */
    private static Limit onClassicLoadBalancers(String ruleId, AwsLimits.Range range,
                                                Function<HealthCheck, Integer> value) {
        return new Limit.InRange(ruleId, range, (design, out) -> {
            for (var lb : design.elementsOf(LoadBalancer.class)) {
                if (lb.type() == LoadBalancerType.CLASSIC && lb.healthCheck() != null) {
                    out.accept(new Limit.Measured(lb, toLong(value.apply(lb.healthCheck())),
                            Values.of("owner", "load balancer " + lb.name())));
                }
            }
        });
    }
}
