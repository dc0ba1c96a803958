package com.balancerstudio.rules.traffic;

import static com.balancerstudio.rules.traffic.TrafficDesigns.add;
import static com.balancerstudio.rules.traffic.TrafficDesigns.autoScalingGroup;
import static com.balancerstudio.rules.traffic.TrafficDesigns.classic;
import static com.balancerstudio.rules.traffic.TrafficDesigns.get;
import static com.balancerstudio.rules.traffic.TrafficDesigns.id;
import static com.balancerstudio.rules.traffic.TrafficDesigns.instance;
import static com.balancerstudio.rules.traffic.TrafficDesigns.instanceTarget;
import static com.balancerstudio.rules.traffic.TrafficDesigns.loadBalancer;
import static com.balancerstudio.rules.traffic.TrafficDesigns.replace;
import static com.balancerstudio.rules.traffic.TrafficDesigns.targetGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityRulesTest {
    private final Design clean = Fixtures.webTier();
    private final TargetGroup group = get(clean, "web-tg", TargetGroup.class);

    private Design withTargets(Design design, TargetRegistration... targets) {
        return replace(design, group.withTargets(List.of(targets)));
    }

    @Test
    void targetsAllInOneZoneAreFlagged() {
        var design = withTargets(add(clean, instance("web-a2", "private-a")),
                instanceTarget("web-a"), instanceTarget("web-a2"));

        assertThat(findings(design, "ELB-HA-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "All targets of target group web-tg are in us-east-1a; an AZ outage takes the application down.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-a"), id("web-a2"));
        });
    }

    @Test
    void autoScalingGroupSubnetsCountAsTargetZones() {
        var oneZone = withTargets(add(clean, instance("web-a2", "private-a")),
                instanceTarget("web-a"), instanceTarget("web-a2"));
        var spread = add(oneZone, autoScalingGroup("web-asg", 2, 4, List.of("private-b"), List.of("web-tg"), List.of()));
        var asgInOneZone = add(replace(clean, group.withTargets(List.of())),
                autoScalingGroup("web-asg", 2, 4, List.of("private-a"), List.of("web-tg"), List.of()));

        assertThat(findings(clean, "ELB-HA-001")).isEmpty();
        assertThat(findings(spread, "ELB-HA-001")).isEmpty();
        assertThat(findings(asgInOneZone, "ELB-HA-001")).singleElement().satisfies(f ->
                assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-asg")));
    }

    @Test
    void classicLoadBalancerInstancesInOneZoneAreFlagged() {
        var design = add(add(clean, instance("web-a2", "private-a")), classic("old-clb", null, "web-a", "web-a2"));

        assertThat(findings(design, "ELB-HA-001")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("All targets of load balancer old-clb are in us-east-1a; an AZ outage takes the application down."));
    }

    @Test
    void singleTargetIsReportedOnceAsSuchNotAsAOneZoneSpread() {
        var design = withTargets(clean, instanceTarget("web-a"));

        assertThat(findings(design, "ELB-HA-001")).isEmpty();
        assertThat(findings(design, "ELB-HA-002")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Target group web-tg has a single target: no redundancy during failures or deployments.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-a"));
        });
    }

    @Test
    void autoScalingGroupOfAtMostOneInstanceIsASingleTarget() {
        var design = add(replace(clean, group.withTargets(List.of())),
                autoScalingGroup("web-asg", 1, 1, List.of("private-a", "private-b"), List.of("web-tg"), List.of()));

        assertThat(findings(design, "ELB-HA-002")).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-asg")));
    }

    @Test
    void autoScalingGroupThatCanGrowToTwoIsRedundant() {
        var design = add(replace(clean, group.withTargets(List.of())),
                autoScalingGroup("web-asg", 1, 2, List.of("private-a", "private-b"), List.of("web-tg"), List.of()));

        assertThat(findings(clean, "ELB-HA-002")).isEmpty();
        assertThat(findings(design, "ELB-HA-002")).isEmpty();
    }

    @Test
    void classicLoadBalancerWithOneInstanceHasASingleTarget() {
        var design = add(clean, classic("old-clb", null, "web-a"));

        assertThat(findings(design, "ELB-HA-002")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Load balancer old-clb has a single target: no redundancy during failures or deployments.");
            assertThat(f.elementIds()).containsExactly(id("old-clb"), id("web-a"));
        });
    }

    @Test
    void lambdaFunctionTargetIsNotASingleServer() {
        var lambda = targetGroup("fn-tg", null, null, null, TargetType.LAMBDA, null, null,
                new TargetRegistration(id("fn"), null, null, null));
        var design = add(clean, lambda.withPlacement(id("vpc"), lambda.bounds()));

        assertThat(findings(design, "ELB-HA-002")).isEmpty();
    }

    @Test
    void networkLoadBalancerInOneZoneIsFlagged() {
        var design = add(clean, loadBalancer("app-nlb", LoadBalancerType.NETWORK, false, "public-a"));

        assertThat(findings(design, "ELB-HA-004")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("app-nlb is enabled in a single AZ; it cannot survive an AZ failure.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("app-nlb"), id("public-a"));
        });
    }

    @Test
    void twoSubnetsOfOneZoneAreStillOneZone() {
        var design = add(clean, loadBalancer("app-nlb", LoadBalancerType.NETWORK, false, "public-a", "private-a"));

        assertThat(findings(design, "ELB-HA-004")).hasSize(1);
    }

    @Test
    void twoZonesOrAnApplicationLoadBalancerAreNotThisRulesConcern() {
        var design = add(clean, loadBalancer("app-nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b"),
                loadBalancer("lone-alb", LoadBalancerType.APPLICATION, false, "public-a"));

        assertThat(findings(design, "ELB-HA-004")).isEmpty();
    }
}
