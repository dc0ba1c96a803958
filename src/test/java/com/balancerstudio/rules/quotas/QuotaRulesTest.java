package com.balancerstudio.rules.quotas;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Quota;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.RuleRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each quota rule fires one past the quota, stays quiet at it, and follows a quota the design raises. */
class QuotaRulesTest {
    /** A Region with one VPC, two zones with a subnet each, and what {@code more} adds. */
    private static Design design(java.util.function.BiConsumer<DesignBuilder, Parts> more) {
        var b = new DesignBuilder("quotas");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var a = b.subnet(b.zone(vpc, "us-east-1a"), "a", "10.0.0.0/24");
        var c = b.subnet(b.zone(vpc, "us-east-1b"), "b", "10.0.1.0/24");
        more.accept(b, new Parts(vpc, a, c));
        return b.build();
    }

    private record Parts(com.balancerstudio.model.Vpc vpc, com.balancerstudio.model.Subnet a,
                         com.balancerstudio.model.Subnet b) {
    }

    private static Design balancers(LoadBalancerType type, int n) {
        return design((b, p) -> {
            for (int i = 0; i < n; i++) {
                b.loadBalancer(p.vpc(), type.value() + "-" + i, type, true, p.a(), p.b());
            }
        });
    }

    private static Design withQuota(Design design, Quota quota, int value) {
        return design.withValidation(design.validation().withQuota(quota, value));
    }

    @Test
    void loadBalancersPerRegion() {
        assertThat(RuleRunner.findings(balancers(LoadBalancerType.CLASSIC, 20), "ELB-QTA-001")).isEmpty();
        var over = balancers(LoadBalancerType.CLASSIC, 21);
        assertThat(RuleRunner.findings(over, "ELB-QTA-001")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Region us-east-1 has 21 Classic Load Balancers; the default quota is 20."));
        assertThat(RuleRunner.findings(withQuota(over, Quota.CLASSIC_LOAD_BALANCERS_PER_REGION, 30), "ELB-QTA-001"))
                .isEmpty();
    }

    private static Design targetGroups(int n) {
        return design((b, p) -> {
            for (int i = 0; i < n; i++) {
                b.targetGroup(p.vpc(), "tg-" + i, Protocol.HTTP, 80);
            }
        });
    }

    @Test
    void targetGroupsPerRegion() {
        assertThat(RuleRunner.findings(targetGroups(3_000), "ELB-QTA-002")).isEmpty();
        var over = targetGroups(3_001);
        assertThat(RuleRunner.findings(over, "ELB-QTA-002")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Region us-east-1 has 3001 target groups (the default quota is 3000)."));
        assertThat(RuleRunner.findings(withQuota(over, Quota.TARGET_GROUPS_PER_REGION, 4_000), "ELB-QTA-002")).isEmpty();
    }

    private static List<TargetRegistration> addresses(int n) {
        var list = new ArrayList<TargetRegistration>();
        for (int i = 0; i < n; i++) {
            list.add(new TargetRegistration(null, "10.0." + (i / 250) + "." + (i % 250 + 4), null, null));
        }
        return list;
    }

    private static Design groupWithTargets(int targets, int scaledMax) {
        return design((b, p) -> {
            var group = b.add(new TargetGroup(DesignBuilder.id("tg"), "tg", p.vpc().id(), null, Protocol.HTTP, 80,
                    com.balancerstudio.model.TargetType.IP, null, null, null, null, null, null, null,
                    addresses(targets), null, null, null, null, null));
            if (scaledMax > 0) {
                b.autoScalingGroup(p.vpc(), "asg", 0, scaledMax, 0, List.of(p.a()), List.of(group));
            }
        });
    }

    @Test
    void targetsPerTargetGroupCountWhatAutoScalingMayLaunch() {
        assertThat(RuleRunner.findings(groupWithTargets(990, 10), "ELB-QTA-004")).isEmpty();
        var over = groupWithTargets(990, 11);
        assertThat(RuleRunner.findings(over, "ELB-QTA-004")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Target group tg has 1001 targets (limit 1000)."));
        assertThat(RuleRunner.findings(withQuota(over, Quota.TARGETS_PER_TARGET_GROUP, 2_000), "ELB-QTA-004")).isEmpty();
    }

    private static Design albWithRules(int rules) {
        return design((b, p) -> {
            var lb = b.loadBalancer(p.vpc(), "alb", LoadBalancerType.APPLICATION, false, p.a(), p.b());
            var group = b.targetGroup(p.vpc(), "tg", Protocol.HTTP, 80);
            var listener = b.listener(lb, "http", Protocol.HTTP, 80, null, DesignBuilder.forward(group));
            for (int i = 1; i <= rules; i++) {
                b.rule(listener, "rule-" + i, i, DesignBuilder.forward(group),
                        RuleCondition.of(ConditionField.PATH_PATTERN, "/p" + i + "/*"));
            }
        });
    }

    @Test
    void rulesPerApplicationLoadBalancer() {
        assertThat(RuleRunner.findings(albWithRules(100), "ELB-QTA-008")).isEmpty();
        var over = albWithRules(101);
        assertThat(RuleRunner.findings(over, "ELB-QTA-008")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("ALB alb has 101 listener rules; the default quota is 100 (excluding default rules)."));
        assertThat(RuleRunner.findings(withQuota(over, Quota.RULES_PER_APPLICATION_LOAD_BALANCER, 200), "ELB-QTA-008"))
                .isEmpty();
    }

    private static Design albWithTargetGroups(int groups, int targetsEach) {
        return design((b, p) -> {
            var lb = b.loadBalancer(p.vpc(), "alb", LoadBalancerType.APPLICATION, false, p.a(), p.b());
            var weighted = new ArrayList<WeightedTargetGroup>();
            for (int i = 0; i < groups; i++) {
                var group = b.add(new TargetGroup(DesignBuilder.id("tg-" + i), "tg-" + i, p.vpc().id(), null,
                        Protocol.HTTP, 80, com.balancerstudio.model.TargetType.IP, null, null, null, null, null, null,
                        null, addresses(targetsEach), null, null, null, null, null));
                weighted.add(WeightedTargetGroup.of(group.id()));
            }
            var listener = b.listener(lb, "http", Protocol.HTTP, 80, null, DesignBuilder.forward(
                    b.targetGroup(p.vpc(), "default", Protocol.HTTP, 80)));
            for (int i = 0; i < groups; i++) {
                b.rule(listener, "r" + i, i + 1, Action.Forward.to(weighted.get(i).targetGroupId()),
                        RuleCondition.of(ConditionField.PATH_PATTERN, "/t" + i));
            }
        });
    }

    @Test
    void targetsAndTargetGroupsPerApplicationLoadBalancer() {
        assertThat(RuleRunner.findings(albWithTargetGroups(4, 250), "ELB-QTA-005")).isEmpty();
        var over = albWithTargetGroups(5, 201);
        assertThat(RuleRunner.findings(over, "ELB-QTA-005")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("ALB alb has 1005 targets / 6 target groups (limits 1000 / 100)."));
        assertThat(RuleRunner.findings(albWithTargetGroups(100, 0), "ELB-QTA-005")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("/ 101 target groups"));
    }

    private static Design nlbListener(int groups) {
        return design((b, p) -> {
            var lb = b.loadBalancer(p.vpc(), "nlb", LoadBalancerType.NETWORK, true, p.a(), p.b());
            var weighted = new ArrayList<WeightedTargetGroup>();
            for (int i = 0; i < groups; i++) {
                weighted.add(new WeightedTargetGroup(b.targetGroup(p.vpc(), "tg-" + i, Protocol.TCP, 80).id(), 1));
            }
            b.listener(lb, "tcp", Protocol.TCP, 80, null, new Action.Forward(weighted, null, null));
        });
    }

    @Test
    void networkLoadBalancerDefaultActionOverSeveralGroups() {
        assertThat(RuleRunner.findings(nlbListener(1), "ELB-QTA-009")).isEmpty();
        assertThat(RuleRunner.findings(nlbListener(2), "ELB-QTA-009")).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).extracting(Object::toString).containsExactly("tcp", "nlb"));
    }

    private static Design classicWithScaling(int max) {
        return design((b, p) -> {
            var lb = b.loadBalancer(p.vpc(), "clb", LoadBalancerType.CLASSIC, false, p.a(), p.b());
            b.add(new com.balancerstudio.model.AutoScalingGroup(DesignBuilder.id("asg"), "asg", p.vpc().id(), null, 0,
                    max, 0, List.of(p.a().id()), List.of(), List.of(lb.id()), null, null, null, List.of()));
        });
    }

    @Test
    void instancesPerClassicLoadBalancer() {
        assertThat(RuleRunner.findings(classicWithScaling(1_000), "ELB-QTA-010")).isEmpty();
        var over = classicWithScaling(1_001);
        assertThat(RuleRunner.findings(over, "ELB-QTA-010")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Classic Load Balancer clb has 1001 instances (the default quota is 1000)."));
        assertThat(RuleRunner.findings(withQuota(over, Quota.INSTANCES_PER_CLASSIC_LOAD_BALANCER, 1_500), "ELB-QTA-010"))
                .isEmpty();
    }

    @Test
    void gatewayLoadBalancerInterfacesPerVpc() {
        // Two zones each: 150 Gateway Load Balancers need 300 interfaces, 151 need 302.
        assertThat(RuleRunner.findings(balancers(LoadBalancerType.GATEWAY, 100), "ELB-QTA-011")).isEmpty();
        var over = design((b, p) -> {
            for (int i = 0; i < 151; i++) {
                b.loadBalancer(p.vpc(), "gw-" + i, LoadBalancerType.GATEWAY, false, p.a(), p.b());
            }
        });
        assertThat(RuleRunner.findings(withQuota(over, Quota.GATEWAY_LOAD_BALANCERS_PER_REGION, 200), "ELB-QTA-011"))
                .singleElement().satisfies(f -> assertThat(f.message())
                        .isEqualTo("VPC vpc would need 302 NLB/GWLB network interfaces (limit 300 for Gateway Load Balancers)."));
    }


    /** A load balancer of the kind with one target group of IP targets split between the two zones. */
    private static Design behind(LoadBalancerType type, Boolean crossZone, int inA, int inB) {
        return design((b, p) -> {
            var lb = b.add(new LoadBalancer(DesignBuilder.id("lb"), "lb", p.vpc().id(), null, type, true,
                    List.of(com.balancerstudio.model.SubnetMapping.of(p.a().id()),
                            com.balancerstudio.model.SubnetMapping.of(p.b().id())),
                    List.of(), null, null, false, null, null, null, crossZone, List.of(), null, null, null, null, null, null, null));
            var targets = new ArrayList<TargetRegistration>();
            for (int i = 0; i < inA + inB; i++) {
                targets.add(new TargetRegistration(null, "10.0." + (i < inA ? 0 : 1) + "." + (i % 250 + 4),
                        i < inA ? "us-east-1a" : "us-east-1b", null));
            }
            var protocol = type == LoadBalancerType.GATEWAY ? Protocol.GENEVE : Protocol.TCP;
            var group = b.add(new TargetGroup(DesignBuilder.id("tg"), "tg", p.vpc().id(), null, protocol,
                    type == LoadBalancerType.GATEWAY ? 6081 : 80, com.balancerstudio.model.TargetType.IP, null, null,
                    null, null, null, null, null, targets, null, null, null, null, null));
            b.listener(lb, "l", type == LoadBalancerType.GATEWAY ? null : Protocol.TCP,
                    type == LoadBalancerType.GATEWAY ? null : 80, null, DesignBuilder.forward(group));
        });
    }

    @Test
    void networkLoadBalancerTargetsPerZoneAndWithCrossZone() {
        assertThat(RuleRunner.findings(behind(LoadBalancerType.NETWORK, null, 500, 500), "ELB-QTA-006")).isEmpty();
        assertThat(RuleRunner.findings(behind(LoadBalancerType.NETWORK, null, 501, 10), "ELB-QTA-006")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("NLB lb exceeds target limits (501 targets in us-east-1a, limit 500 per zone)."));
        assertThat(RuleRunner.findings(behind(LoadBalancerType.NETWORK, true, 300, 201), "ELB-QTA-006")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("501 targets with cross-zone load balancing on, limit 500"));
    }

    @Test
    void gatewayLoadBalancerTargets() {
        assertThat(RuleRunner.findings(behind(LoadBalancerType.GATEWAY, null, 150, 150), "ELB-QTA-007")).isEmpty();
        assertThat(RuleRunner.findings(behind(LoadBalancerType.GATEWAY, null, 200, 101), "ELB-QTA-007")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("Gateway Load Balancer lb exceeds target limits (301 targets, limit 300)."));
    }
}
