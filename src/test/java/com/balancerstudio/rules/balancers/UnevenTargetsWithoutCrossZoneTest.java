package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.forward;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.instance;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withCrossZone;
import static com.balancerstudio.rules.balancers.Designs.withInstances;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnevenTargetsWithoutCrossZoneTest {
    private static final String RULE = "ELB-XZ-003";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer nlb = lb("nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");

    private static TargetGroup group(CrossZoneSetting crossZone, TargetType type, TargetRegistration... targets) {
        return new TargetGroup(id("tcp-tg"), "tcp-tg", id("vpc"), null, Protocol.TCP, 80, type, null, null, null, null,
                null, null, crossZone, Arrays.asList(targets), null, null, null, null, null);
    }

    private static TargetGroup instances(CrossZoneSetting crossZone, String... names) {
        return group(crossZone, TargetType.INSTANCE,
                Arrays.stream(names).map(n -> TargetRegistration.instance(id(n))).toArray(TargetRegistration[]::new));
    }

    private static TargetRegistration ip(String address, String zone) {
        return new TargetRegistration(null, address, zone, null);
    }

    /** The web tier with an NLB in both public subnets forwarding TCP :80 to the group. */
    private Design nlbTo(LoadBalancer balancer, TargetGroup group) {
        return plus(clean, balancer, listener("tcp", balancer, Protocol.TCP, 80, forward(group)), group);
    }

    @Test
    void zoneWithoutTargetsIsReported() {
        var design = nlbTo(nlb, instances(CrossZoneSetting.INHERIT, "web-a"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Cross-zone is off for nlb: each node only uses targets in its own AZ, so"
                    + " traffic per target is uneven (target group tcp-tg: 1 in us-east-1a, 0 in us-east-1b); an AZ"
                    + " without targets is treated as unhealthy.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(ids("nlb", "tcp-tg"));
        });
    }

    @Test
    void unequalCountsAreReported() {
        var design = plus(nlbTo(nlb, instances(CrossZoneSetting.OFF, "web-a", "web-a2", "web-b")),
                instance("web-a2", "private-a"));
        assertThat(findings(design, RULE)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("(target group tcp-tg: 2 in us-east-1a, 1 in us-east-1b)"));
    }

    @Test
    void evenTargetsAreFine() {
        assertThat(findings(nlbTo(nlb, instances(CrossZoneSetting.INHERIT, "web-a", "web-b")), RULE)).isEmpty();
    }

    @Test
    void crossZoneFromEitherLevelEvensTheLoad() {
        var uneven = instances(CrossZoneSetting.INHERIT, "web-a");
        assertThat(findings(nlbTo(withCrossZone(nlb, true), uneven), RULE)).isEmpty();
        assertThat(findings(nlbTo(nlb, instances(CrossZoneSetting.ON, "web-a")), RULE)).isEmpty();
        // Near miss: the target group switches off what the balancer switches on.
        assertThat(findings(nlbTo(withCrossZone(nlb, true), instances(CrossZoneSetting.OFF, "web-a")), RULE)).hasSize(1);
    }

    @Test
    void ipTargetsCountInTheirZone() {
        // 10.0.10.5 lies in private-a (us-east-1a); 10.0.11.5 names its zone; "all" reaches every zone.
        var uneven = group(CrossZoneSetting.INHERIT, TargetType.IP, ip("10.0.10.5", null), ip("10.0.11.5", "us-east-1b"),
                ip("192.168.0.9", "all"), ip("10.0.10.6", null));
        assertThat(findings(nlbTo(nlb, uneven), RULE)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("(target group tcp-tg: 3 in us-east-1a, 2 in us-east-1b)"));
        var even = group(CrossZoneSetting.INHERIT, TargetType.IP, ip("10.0.10.5", null), ip("10.0.11.5", null));
        assertThat(findings(nlbTo(nlb, even), RULE)).isEmpty();
    }

    @Test
    void classicLoadBalancerCountsItsRegisteredInstances() {
        var clb = withInstances(lb("clb", LoadBalancerType.CLASSIC, false, "public-a", "public-b"), "web-a");
        assertThat(findings(plus(clean, clb), RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("Cross-zone is off for clb", "(1 in us-east-1a, 0 in us-east-1b)");
            assertThat(f.elementIds()).containsExactly(ids("clb"));
        });
        assertThat(findings(plus(clean, withInstances(clb, "web-a", "web-b")), RULE)).isEmpty();
        assertThat(findings(plus(clean, withCrossZone(clb, true)), RULE)).isEmpty();
    }

    @Test
    void capacityLaunchedByAutoScalingIsNotJudged() {
        var group = instances(CrossZoneSetting.INHERIT);
        var asg = new AutoScalingGroup(id("asg"), "asg", id("vpc"), null, 2, 4, 2,
                List.of(id("private-a"), id("private-b")), List.of(group.id()), List.of(), null, null, null, List.of());
        assertThat(findings(plus(nlbTo(nlb, group), asg), RULE)).isEmpty();
        var clb = withInstances(lb("clb", LoadBalancerType.CLASSIC, false, "public-a", "public-b"), "web-a");
        var clbAsg = new AutoScalingGroup(id("clb-asg"), "clb-asg", id("vpc"), null, 2, 4, 2,
                List.of(id("private-a"), id("private-b")), List.of(), List.of(clb.id()), null, null, null, List.of());
        assertThat(findings(plus(clean, clb, clbAsg), RULE)).isEmpty();
    }

    @Test
    void applicationLoadBalancersAlwaysCrossZones() {
        assertThat(findings(clean, RULE)).isEmpty();
        var alb = lb("alb-2", LoadBalancerType.APPLICATION, false, "public-a", "public-b");
        var group = Designs.targetGroup("one-zone", Protocol.HTTP, 80, "web-a");
        var design = plus(clean, alb, listener("alb-2-http", alb, Protocol.HTTP, 80, forward(group)), group);
        assertThat(findings(design, RULE)).isEmpty();
    }
}
