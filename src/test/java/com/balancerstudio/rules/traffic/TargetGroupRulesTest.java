package com.balancerstudio.rules.traffic;

import static com.balancerstudio.rules.traffic.TrafficDesigns.add;
import static com.balancerstudio.rules.traffic.TrafficDesigns.autoScalingGroup;
import static com.balancerstudio.rules.traffic.TrafficDesigns.classic;
import static com.balancerstudio.rules.traffic.TrafficDesigns.fixed;
import static com.balancerstudio.rules.traffic.TrafficDesigns.get;
import static com.balancerstudio.rules.traffic.TrafficDesigns.healthCheck;
import static com.balancerstudio.rules.traffic.TrafficDesigns.id;
import static com.balancerstudio.rules.traffic.TrafficDesigns.instanceTarget;
import static com.balancerstudio.rules.traffic.TrafficDesigns.ipTarget;
import static com.balancerstudio.rules.traffic.TrafficDesigns.listener;
import static com.balancerstudio.rules.traffic.TrafficDesigns.loadBalancer;
import static com.balancerstudio.rules.traffic.TrafficDesigns.replace;
import static com.balancerstudio.rules.traffic.TrafficDesigns.targetGroup;
import static com.balancerstudio.testing.DesignBuilder.forward;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupRulesTest {
    private final Design clean = Fixtures.webTier();
    private final TargetGroup group = get(clean, "web-tg", TargetGroup.class);

    private Design withHealthCheck(HealthCheck check) {
        return replace(clean, group.withHealthCheck(check));
    }

    /** The web tier plus an NLB forwarding TCP :80 to a TCP target group of both web instances. */
    private Design withNlbGroup(HealthCheck check) {
        var nlb = loadBalancer("app-nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");
        var tcp = targetGroup("tcp-tg", id("vpc"), Protocol.TCP, 80, TargetType.INSTANCE, null, check,
                instanceTarget("web-a"), instanceTarget("web-b"));
        return add(clean, tcp, nlb, listener("tcp-80", nlb, Protocol.TCP, 80, forward(tcp)));
    }

    @Test
    void usedTargetGroupWithoutTargetsIsFlagged() {
        var design = replace(clean, group.withTargets(List.of()));

        assertThat(findings(design, "ELB-TG-021")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Target group web-tg has no targets; requests routed to it fail (ALB returns 503).");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-alb"));
        });
    }

    @Test
    void anAttachedAutoScalingGroupCountsAsTargets() {
        var design = add(replace(clean, group.withTargets(List.of())),
                autoScalingGroup("web-asg", 2, 4, List.of("private-a", "private-b"), List.of("web-tg"), List.of()));

        assertThat(findings(design, "ELB-TG-021")).isEmpty();
    }

    @Test
    void emptyTargetGroupNoListenerUsesIsNotThisRulesConcern() {
        var spare = targetGroup("spare-tg", id("vpc"), Protocol.HTTP, 80, TargetType.INSTANCE, null, null);

        assertThat(findings(add(clean, spare), "ELB-TG-021")).isEmpty();
    }

    @Test
    void intervalEqualToTheDefaultTimeoutIsRefusedAndTheQuickFixLowersTheTimeout() {
        var design = withHealthCheck(healthCheck(null, null, 5, null));

        var found = findings(design, "ELB-HC-003");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Health check interval (5s) must be greater than the timeout (5s) on target group web-tg.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("web-tg"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "web-tg", TargetGroup.class).healthCheck().timeout()).isEqualTo(4);
        assertThat(findings(after, "ELB-HC-003")).isEmpty();
    }

    @Test
    void timeoutJustBelowTheIntervalPasses() {
        assertThat(findings(withHealthCheck(healthCheck(null, null, 6, null)), "ELB-HC-003")).isEmpty();
        assertThat(findings(withHealthCheck(healthCheck(null, null, 30, 29)), "ELB-HC-003")).isEmpty();
    }

    @Test
    void explicitTimeoutAboveTheDefaultIntervalIsLoweredToTheKindsDefault() {
        var design = withHealthCheck(healthCheck(null, null, null, 40));

        var found = findings(design, "ELB-HC-003");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Health check interval (30s) must be greater than the timeout (40s) on target group web-tg."));
        assertThat(get(fixed(design, found.get(0)), "web-tg", TargetGroup.class).healthCheck().timeout()).isEqualTo(5);
    }

    @Test
    void networkLoadBalancerTcpDefaultTimeoutIsTenSeconds() {
        var design = withNlbGroup(healthCheck(null, null, 10, null));

        var found = findings(design, "ELB-HC-003");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Health check interval (10s) must be greater than the timeout (10s) on target group tcp-tg."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "tcp-tg", TargetGroup.class).healthCheck().timeout()).isEqualTo(9);
        assertThat(findings(after, "ELB-HC-003")).isEmpty();
    }

    @Test
    void classicLoadBalancerHealthCheckIsCheckedToo() {
        var design = add(clean, classic("old-clb", healthCheck(null, null, 10, 10), "web-a", "web-b"));

        var found = findings(design, "ELB-HC-003");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Health check interval (10s) must be greater than the timeout (10s) on load balancer old-clb.");
            assertThat(f.elementIds()).containsExactly(id("old-clb"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "old-clb", LoadBalancer.class).healthCheck().timeout()).isEqualTo(5);
        assertThat(findings(after, "ELB-HC-003")).isEmpty();
    }

    @Test
    void noQuickFixWhenNoValidTimeoutIsBelowTheInterval() {
        var design = withHealthCheck(healthCheck(null, null, 2, null));

        assertThat(findings(design, "ELB-HC-003")).singleElement()
                .satisfies(f -> assertThat(f.quickFixEdit()).isEmpty());
    }

    @Test
    void relativeHealthCheckPathIsRefusedAndMadeAbsoluteByTheQuickFix() {
        var design = withHealthCheck(healthCheck(null, "health", null, null));

        var found = findings(design, "ELB-HC-006");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Health check path 'health' on web-tg is invalid.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("web-tg"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "web-tg", TargetGroup.class).healthCheck().path()).isEqualTo("/health");
        assertThat(findings(after, "ELB-HC-006")).isEmpty();
    }

    @Test
    void emptyPathIsRefusedAndTheQuickFixLeavesTheDefault() {
        var design = withHealthCheck(healthCheck(null, "", null, null));

        var found = findings(design, "ELB-HC-006");
        assertThat(found).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Health check path '' on web-tg is invalid."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "web-tg", TargetGroup.class).healthCheck().path()).isNull();
    }

    @Test
    void pathLengthLimitIs1024Characters() {
        var longest = "/" + "a".repeat(1023);

        assertThat(findings(withHealthCheck(healthCheck(null, longest, null, null)), "ELB-HC-006")).isEmpty();
        assertThat(findings(withHealthCheck(healthCheck(null, longest + "a", null, null)), "ELB-HC-006")).hasSize(1);
    }

    @Test
    void pathOnATcpHealthCheckIsRefusedAndRemovedByTheQuickFix() {
        var design = withNlbGroup(healthCheck(null, "/health", null, null));

        var found = findings(design, "ELB-HC-006");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Health check path '/health' on tcp-tg is invalid."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "tcp-tg", TargetGroup.class).healthCheck().path()).isNull();
        assertThat(findings(after, "ELB-HC-006")).isEmpty();
    }

    @Test
    void pathOnAnHttpHealthCheckOfATcpGroupIsFine() {
        assertThat(findings(withNlbGroup(healthCheck(Protocol.HTTP, "/health", null, null)), "ELB-HC-006")).isEmpty();
    }

    @Test
    void grpcHealthCheckPathMustNameAServiceMethod() {
        var grpc = targetGroup("grpc-tg", id("vpc"), Protocol.HTTP, 50051, TargetType.INSTANCE, "GRPC",
                healthCheck(null, "/health", null, null), instanceTarget("web-a"), instanceTarget("web-b"));
        var design = add(clean, grpc);

        assertThat(findings(design, "ELB-HC-006")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Health check path '/health' on grpc-tg is invalid.");
            assertThat(f.quickFixEdit()).isEmpty();
        });
        var named = grpc.withHealthCheck(healthCheck(null, "/grpc.health.v1.Health/Check", null, null));
        assertThat(findings(add(clean, named), "ELB-HC-006")).isEmpty();
    }

    @Test
    void autoScalingGroupAttachedToAnIpTargetGroupIsRefused() {
        var ipGroup = targetGroup("ip-tg", id("vpc"), Protocol.HTTP, 80, TargetType.IP, null, null,
                ipTarget("10.0.10.20", null));
        var design = add(clean, ipGroup,
                autoScalingGroup("web-asg", 2, 4, List.of("private-a", "private-b"), List.of("web-tg", "ip-tg"), List.of()));

        assertThat(findings(design, "ELB-ASG-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Auto Scaling group web-asg can only be attached to instance-type"
                    + " target groups (ip-tg is ip).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("web-asg"), id("ip-tg"));
        });
    }

    @Test
    void autoScalingGroupAttachedToAnInstanceTargetGroupIsFine() {
        var design = add(clean,
                autoScalingGroup("web-asg", 2, 4, List.of("private-a", "private-b"), List.of("web-tg"), List.of()));

        assertThat(findings(design, "ELB-ASG-001")).isEmpty();
    }
}
