package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.rules.addressing.Tweaks.ip;
import static com.balancerstudio.rules.addressing.Tweaks.target;
import static com.balancerstudio.rules.addressing.Tweaks.targetGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPlacementRulesTest {
    private final Design clean = Fixtures.webTier();
    private final TargetGroup webGroup = get(clean, "web-tg", TargetGroup.class);

    /** An internal NLB in both private subnets, its TCP :80 listener forwarding to the given group. */
    private Design withNlb(Design design, TargetGroup group) {
        var nlb = LoadBalancer.of(id("web-nlb"), "web-nlb", id("vpc"), new Rect(0, 0, 200, 60), LoadBalancerType.NETWORK,
                true, List.of(SubnetMapping.of(id("private-a")), SubnetMapping.of(id("private-b"))));
        return add(design, group, nlb, Listener.of(id("tcp"), nlb.id(), Protocol.TCP, 80, null,
                Action.Forward.to(group.id())));
    }

    private static TargetGroup tcpGroup(TargetRegistration... targets) {
        return targetGroup("tcp-tg", TargetType.INSTANCE, Protocol.TCP, 80, CrossZoneSetting.INHERIT, targets);
    }

    private static TargetGroup ipGroup(CrossZoneSetting crossZone, TargetRegistration... targets) {
        return targetGroup("ip-tg", TargetType.IP, Protocol.HTTP, 80, crossZone, targets);
    }

    @Test
    void aPublicAddressAsIpTargetIsReported() {
        var design = add(clean, ipGroup(CrossZoneSetting.INHERIT, ip("8.8.8.8", "all")));

        assertThat(findings(design, "ELB-TGT-002")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("IP target 8.8.8.8 is not allowed: only addresses of the target group's"
                    + " VPC subnets, RFC 1918 or RFC 6598 ranges (no publicly routable IPs).");
            assertThat(f.elementIds()).containsExactly(id("ip-tg"));
        });
    }

    @Test
    void privateSharedAndVpcAddressesAreAllowedAsIpTargets() {
        var design = add(clean, ipGroup(CrossZoneSetting.INHERIT, ip("10.0.10.5", null), ip("192.168.1.1", "all"),
                ip("100.64.0.1", "all")));

        assertThat(findings(design, "ELB-TGT-002")).isEmpty();
    }

    private static TargetGroup lambdaGroup(String... functions) {
        var targets = java.util.Arrays.stream(functions).map(f -> ip(f, null)).toArray(TargetRegistration[]::new);
        return targetGroup("fn-tg", TargetType.LAMBDA, null, null, CrossZoneSetting.INHERIT, targets);
    }

    @Test
    void aLambdaTargetGroupWithTwoFunctionsOrAFunctionOfAnotherRegionIsReported() {
        var two = add(clean, lambdaGroup("arn:aws:lambda:us-east-1:123456789012:function:a",
                "arn:aws:lambda:us-east-1:123456789012:function:b"));
        var elsewhere = add(clean, lambdaGroup("arn:aws:lambda:eu-west-1:123456789012:function:a"));

        assertThat(findings(two, "ELB-TGT-004")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Lambda target group fn-tg can contain one Lambda function in the same account and Region."));
        assertThat(findings(elsewhere, "ELB-TGT-004")).hasSize(1);
    }

    @Test
    void aLambdaTargetGroupWithOneFunctionOfItsRegionIsQuiet() {
        assertThat(findings(add(clean, lambdaGroup("arn:aws:lambda:us-east-1:123456789012:function:a")),
                "ELB-TGT-004")).isEmpty();
    }

    private Design withAlbGroup(int port) {
        return add(clean, targetGroup("alb-tg", TargetType.ALB, Protocol.TCP, port, CrossZoneSetting.INHERIT,
                target("web-alb", null, null)));
    }

    @Test
    void anAlbTargetGroupWhosePortTheAlbDoesNotListenOnIsReported() {
        assertThat(findings(withAlbGroup(8080), "ELB-TGT-006")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target group alb-tg must contain exactly one Application Load Balancer"
                    + " with a listener on port 8080.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void anAlbTargetGroupHoldingTheListeningAlbIsQuiet() {
        assertThat(findings(withAlbGroup(443), "ELB-TGT-006")).isEmpty();
    }

    @Test
    void anIpOutsideTheVpcNeedsAZoneAndAnAlbGroupWithoutCrossZoneASpecificOne() {
        var withoutZone = add(clean, ipGroup(CrossZoneSetting.INHERIT, ip("192.168.1.10", null)));
        var allWithoutCrossZone = add(clean, ipGroup(CrossZoneSetting.OFF, ip("192.168.1.10", "all")));

        assertThat(findings(withoutZone, "ELB-TGT-008")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("AvailabilityZone '(none)' for target 192.168.1.10 is invalid for target group ip-tg (specific"
                        + " AZs only when cross-zone is off; 'all' for IPs outside the VPC)."));
        assertThat(findings(allWithoutCrossZone, "ELB-TGT-008")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("AvailabilityZone 'all' for target 192.168.1.10"));
    }

    @Test
    void anInstanceTargetTakesNoZone() {
        var design = change(clean, webGroup.withTargets(List.of(target("web-a", "us-east-1a", null),
                target("web-b", null, null))));

        assertThat(findings(design, "ELB-TGT-008")).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("AvailabilityZone 'us-east-1a' for target web-a"));
    }

    @Test
    void zonesAsTheApiDescribesThemAreQuiet() {
        var design = add(clean, targetGroup("ip-tg", TargetType.IP, Protocol.HTTP, 80, CrossZoneSetting.OFF,
                ip("10.0.10.5", null), ip("192.168.1.10", "us-east-1a")), targetGroup("far-tg", TargetType.IP,
                Protocol.HTTP, 80, CrossZoneSetting.INHERIT, ip("192.168.1.11", "all")));

        assertThat(findings(design, "ELB-TGT-008")).isEmpty();
    }

    private Design withWebAOfType(String type) {
        var web = get(clean, "web-a", Instance.class);
        return withNlb(change(clean, new Instance(web.id(), web.name(), web.parent(), web.bounds(), type,
                web.associatePublicIpAddress(), web.securityGroupIds(), web.elasticIpId(), web.instanceState())),
                tcpGroup(target("web-a", null, null), target("web-b", null, null)));
    }

    @Test
    void aPreviousGenerationInstanceRegisteredByIdWithAnNlbIsReported() {
        assertThat(findings(withWebAOfType("m3.medium"), "ELB-TGT-009")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Instance web-a (m3.medium) cannot be registered by instance ID with NLB"
                    + " target group tcp-tg.");
            assertThat(f.elementIds()).containsExactly(id("tcp-tg"), id("web-a"));
        });
    }

    @Test
    void aCurrentGenerationInstanceIsQuiet() {
        assertThat(findings(withWebAOfType("m5.large"), "ELB-TGT-009")).isEmpty();
    }

    @Test
    void anInvalidTargetPortIsReportedAndTheOverrideDropped() {
        var design = change(clean, webGroup.withTargets(List.of(target("web-a", null, 70000),
                target("web-b", null, null))));

        var found = findings(design, "ELB-TGT-010");

        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Target port 70000 is invalid (1-65535)."));
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void aValidPortOverrideIsQuiet() {
        var design = change(clean, webGroup.withTargets(List.of(target("web-a", null, 8080),
                target("web-b", null, null))));

        assertThat(findings(design, "ELB-TGT-010")).isEmpty();
    }

    @Test
    void targetsOnlyInZonesTheLoadBalancerIsNotEnabledInAreReported() {
        var design = change(add(clean, Tweaks.zone("us-east-1c", "vpc", "us-east-1c"),
                Tweaks.subnet("private-c", "us-east-1c", "10.0.12.0/24"), Tweaks.instance("web-c", "private-c", null,
                        null, null)), webGroup.withTargets(List.of(target("web-c", null, null))));

        assertThat(findings(design, "ELB-TGT-013")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("No target of web-tg is in an AZ enabled on web-alb (us-east-1a,"
                    + " us-east-1b); all targets are 'unused' and the load balancer has nothing to route to.");
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-alb"));
        });
    }

    @Test
    void targetsInEnabledZonesAreQuiet() {
        assertThat(findings(clean, "ELB-TGT-013")).isEmpty();
    }

    @Test
    void anEnabledZoneWithoutTargetsBehindAnNlbWithoutCrossZoneIsReported() {
        var design = withNlb(clean, tcpGroup(target("web-a", null, null)));

        assertThat(findings(design, "ELB-HA-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("AZ us-east-1b is enabled on web-nlb but has no targets; with cross-zone"
                    + " off that node cannot serve traffic and its IP is removed from DNS.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void targetsInEveryZoneOrCrossZoneTrafficAreQuiet() {
        var everyZone = withNlb(clean, tcpGroup(target("web-a", null, null), target("web-b", null, null)));
        var crossZone = withNlb(clean, targetGroup("tcp-tg", TargetType.INSTANCE, Protocol.TCP, 80, CrossZoneSetting.ON,
                target("web-a", null, null)));

        assertThat(findings(everyZone, "ELB-HA-003")).isEmpty();
        assertThat(findings(crossZone, "ELB-HA-003")).isEmpty();
        assertThat(findings(clean, "ELB-HA-003")).isEmpty();
    }
}
