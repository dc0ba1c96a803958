package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.behindNlb;
import static com.balancerstudio.rules.targets.Groups.copy;
import static com.balancerstudio.rules.targets.Groups.fixed;
import static com.balancerstudio.rules.targets.Groups.forward;
import static com.balancerstudio.rules.targets.Groups.get;
import static com.balancerstudio.rules.targets.Groups.group;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.rules.targets.Groups.listener;
import static com.balancerstudio.rules.targets.Groups.loadBalancer;
import static com.balancerstudio.rules.targets.Groups.replace;
import static com.balancerstudio.rules.targets.Groups.webGroup;
import static com.balancerstudio.rules.targets.Groups.webTier;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target group settings rules (ELB-TG-*): each fires on a broken web tier and stays quiet on a correct one. */
class TargetGroupSettingsTest {
    private final Design clean = webTier();
    private final TargetGroup web = webGroup(clean);

    private Design withWeb(Groups.Copy changed) {
        return replace(clean, changed.build());
    }

    @Test
    void nameWithUnderscoreOrDuplicateInTheRegionIsRefused() {
        var bad = replace(clean, web.withName("web_tg"));
        assertThat(findings(bad, "ELB-TG-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target group name 'web_tg' is invalid (max 32 alphanumeric/hyphen "
                    + "chars, no leading/trailing hyphen, unique per Region).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        var twin = group("twin", Protocol.HTTP, 80).build().withName("WEB-TG");
        assertThat(findings(add(clean, twin), "ELB-TG-001")).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).containsExactly(id("twin"), id("web-tg")));
        assertThat(findings(replace(clean, web.withName("-web")), "ELB-TG-001")).hasSize(1);
        assertThat(findings(replace(clean, web.withName("a".repeat(33))), "ELB-TG-001")).hasSize(1);
    }

    @Test
    void wellFormedUniqueNamesPass() {
        assertThat(findings(clean, "ELB-TG-001")).isEmpty();
        assertThat(findings(replace(clean, web.withName("a".repeat(32))), "ELB-TG-001")).isEmpty();
    }

    @Test
    void udpListenerCannotFeedATcpTargetGroup() {
        var design = behindNlb(group("dns-tg", Protocol.TCP, 53).build(), Protocol.UDP, 53);
        assertThat(findings(design, "ELB-TG-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("NLB UDP listener cannot forward to a TCP target group (instance).");
            assertThat(f.elementIds()).containsExactly(id("nlb-listener"), id("dns-tg"));
        });
        var toAlb = behindNlb(group("alb-tg", Protocol.TCP, 443).type(TargetType.ALB).build(), Protocol.TLS, 443);
        assertThat(findings(toAlb, "ELB-TG-003")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("NLB TLS listener cannot forward to a TCP target group (alb)."));
    }

    @Test
    void matchingNlbProtocolsPass() {
        assertThat(findings(behindNlb(group("dns-tg", Protocol.UDP, 53).build(), Protocol.UDP, 53), "ELB-TG-003"))
                .isEmpty();
        assertThat(findings(behindNlb(group("tls-tg", Protocol.TCP, 443).build(), Protocol.TLS, 443), "ELB-TG-003"))
                .isEmpty();
        assertThat(findings(behindNlb(group("any-tg", Protocol.TCP_UDP, 53).build(), Protocol.TCP, 53), "ELB-TG-003"))
                .isEmpty();
    }

    @Test
    void lambdaTargetsBehindAnNlbAreRefused() {
        var design = behindNlb(group("fn-tg", null, null).type(TargetType.LAMBDA).build(), Protocol.TCP, 80);
        assertThat(findings(design, "ELB-TG-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target type lambda is not supported by Network Load Balancer app-nlb "
                    + "(allowed: instance, ip, alb).");
            assertThat(f.elementIds()).containsExactly(id("fn-tg"), id("app-nlb"));
        });
    }

    @Test
    void albTargetsBehindAnNlbAndInstancesBehindAnAlbPass() {
        assertThat(findings(clean, "ELB-TG-005")).isEmpty();
        var toAlb = behindNlb(group("alb-tg", Protocol.TCP, 443).type(TargetType.ALB).build(), Protocol.TCP, 443);
        assertThat(findings(toAlb, "ELB-TG-005")).isEmpty();
    }

    @Test
    void instanceGroupNeedsAPortAndLambdaGroupMustNotHaveOne() {
        assertThat(findings(withWeb(copy(web).port(null)), "ELB-TG-006")).singleElement().satisfies(f -> assertThat(
                f.message()).isEqualTo("Target group web-tg: port (1-65535) is required for target type instance."));
        var lambda = group("fn-tg", null, 80).type(TargetType.LAMBDA).build();
        assertThat(findings(add(clean, lambda), "ELB-TG-006")).singleElement().satisfies(f -> assertThat(
                f.message()).isEqualTo("Target group fn-tg: port is not allowed for target type lambda."));
    }

    @Test
    void groupsWithWhatTheirTypeNeedPass() {
        var lambda = group("fn-tg", null, null).type(TargetType.LAMBDA).build();
        assertThat(findings(add(clean, lambda), "ELB-TG-006")).isEmpty();
    }

    @Test
    void targetGroupSharedByTwoLoadBalancersIsRefused() {
        var admin = loadBalancer("admin-alb", LoadBalancerType.APPLICATION);
        var design = add(clean, admin, listener("admin-http", admin, Protocol.HTTP, 8080, forward(web)));
        assertThat(findings(design, "ELB-TG-007")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target group web-tg is used by 2 load balancers; a target group can "
                    + "be used with only one load balancer.");
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("web-alb"), id("admin-alb"));
        });
    }

    @Test
    void targetGroupOfOneLoadBalancerPasses() {
        assertThat(findings(clean, "ELB-TG-007")).isEmpty();
    }

    @Test
    void targetGroupInAnotherVpcThanItsLoadBalancerIsRefused() {
        var vpc = get(clean, "vpc", Vpc.class);
        var other = new Vpc(id("other-vpc"), "other-vpc", vpc.parent(), null, Cidr.parse("10.1.0.0/16"), List.of(),
                true);
        var moved = (TargetGroup) web.withPlacement(other.id(), web.bounds());
        var design = replace(add(clean, other), moved);
        assertThat(findings(design, "ELB-TG-008")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Target group web-tg is in VPC other-vpc but load balancer web-alb is in VPC vpc."));
    }

    @Test
    void targetGroupInItsLoadBalancersVpcPasses() {
        assertThat(findings(clean, "ELB-TG-008")).isEmpty();
    }

    @Test
    void protocolVersionOnATcpGroupIsRefusedAndTheQuickFixRemovesIt() {
        var design = behindNlb(group("tcp-tg", Protocol.TCP, 80).version("HTTP2").build(), Protocol.TCP, 80);
        var found = findings(design, "ELB-TG-009");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Protocol version is only applicable to HTTP/HTTPS target groups."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "tcp-tg", TargetGroup.class).protocolVersion()).isNull();
        assertThat(findings(after, "ELB-TG-009")).isEmpty();
    }

    @Test
    void protocolVersionOnAnHttpGroupPasses() {
        assertThat(findings(withWeb(copy(web).version("HTTP1")), "ELB-TG-009")).isEmpty();
    }

    @Test
    void grpcGroupBehindAPlainHttpListenerIsRefused() {
        var alb = get(clean, "web-alb", com.balancerstudio.model.LoadBalancer.class);
        var design = add(withWeb(copy(web).version("GRPC")), listener("http-8080", alb, Protocol.HTTP, 8080,
                forward(web)));
        assertThat(findings(design, "ELB-TG-010")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("GRPC target group web-tg requires HTTPS listeners and instance or IP "
                    + "targets.");
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("http-8080"));
        });
    }

    @Test
    void http2GroupBehindOnlyHttpsListenersPasses() {
        assertThat(findings(withWeb(copy(web).version("HTTP2")), "ELB-TG-010")).isEmpty();
    }

    @Test
    void shortNlbDeregistrationDelayIsPointedOut() {
        var design = behindNlb(group("tcp-tg", Protocol.TCP, 80).delay(30).build(), Protocol.TCP, 80);
        assertThat(findings(design, "ELB-TG-013")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Deregistration delay 30s on NLB target group tcp-tg may cut in-flight "
                    + "connections; AWS recommends at least 120 s.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void nlbDelayOfTwoMinutesAndShortAlbDelayPass() {
        assertThat(findings(behindNlb(group("tcp-tg", Protocol.TCP, 80).delay(120).build(), Protocol.TCP, 80),
                "ELB-TG-013")).isEmpty();
        assertThat(findings(withWeb(copy(web).delay(30)), "ELB-TG-013")).isEmpty();
    }

    @Test
    void slowStartOutOfRangeOrWithLeastOutstandingRequestsIsRefused() {
        assertThat(findings(withWeb(copy(web).slowStart(10)), "ELB-TG-014")).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("Slow start 10s on web-tg is invalid (0 or 30-900 s; not combinable "
                        + "with least outstanding requests; ALB instance/IP target groups only)."));
        assertThat(findings(withWeb(copy(web).slowStart(60)
                .algorithm(LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS)), "ELB-TG-014")).hasSize(1);
    }

    @Test
    void slowStartWithinRangeOrOffPasses() {
        assertThat(findings(withWeb(copy(web).slowStart(60)), "ELB-TG-014")).isEmpty();
        assertThat(findings(withWeb(copy(web).slowStart(0)
                .algorithm(LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS)), "ELB-TG-014")).isEmpty();
    }

    @Test
    void algorithmOnAnNlbGroupIsRefusedAndTheQuickFixRemovesIt() {
        var design = behindNlb(group("tcp-tg", Protocol.TCP, 80)
                .algorithm(LoadBalancingAlgorithm.WEIGHTED_RANDOM).build(), Protocol.TCP, 80);
        var found = findings(design, "ELB-TG-015");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Load balancing algorithm weighted_random is not valid for tcp-tg."));
        assertThat(findings(fixed(design, found.get(0)), "ELB-TG-015")).isEmpty();
    }

    @Test
    void algorithmOnAnAlbGroupPasses() {
        assertThat(findings(withWeb(copy(web).algorithm(LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS)),
                "ELB-TG-015")).isEmpty();
    }

    @Test
    void albTypeGroupWithChangedAttributesIsRefusedAndTheQuickFixResetsThem() {
        var design = behindNlb(group("alb-tg", Protocol.TCP, 443).type(TargetType.ALB).delay(60)
                .crossZone(CrossZoneSetting.OFF).build(), Protocol.TCP, 443);
        var found = findings(design, "ELB-TG-018");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Target group alb-tg "
                + "with an ALB target must use protocol TCP and default attributes (they cannot be modified)."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "alb-tg", TargetGroup.class).deregistrationDelay()).isNull();
        assertThat(findings(after, "ELB-TG-018")).isEmpty();
    }

    @Test
    void albTypeTcpGroupWithDefaultsPasses() {
        var design = behindNlb(group("alb-tg", Protocol.TCP, 443).type(TargetType.ALB).build(), Protocol.TCP, 443);
        assertThat(findings(design, "ELB-TG-018")).isEmpty();
    }

    @Test
    void targetGroupNoListenerUsesIsReported() {
        var design = add(clean, group("spare-tg", Protocol.HTTP, 80).build());
        assertThat(findings(design, "ELB-TG-020")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target group spare-tg is not used by any listener; its targets "
                    + "receive no traffic and are not health-checked.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void targetGroupOfAListenerPasses() {
        assertThat(findings(clean, "ELB-TG-020")).isEmpty();
    }

    @Test
    void slowStartOnALambdaGroupIsRefused() {
        var design = add(clean, group("fn-tg", null, null).type(TargetType.LAMBDA).slowStart(30).build());
        assertThat(findings(design, "ELB-TG-022")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Attribute slow_start is not supported on Lambda target group fn-tg."));
        assertThat(findings(design, "ELB-TG-014")).as("reported once, by ELB-TG-022").isEmpty();
    }

    @Test
    void lambdaGroupWithoutAttributesPasses() {
        var design = add(clean, group("fn-tg", null, null).type(TargetType.LAMBDA).build());
        assertThat(findings(design, "ELB-TG-022")).isEmpty();
    }

    @Test
    void udpGroupWithAnOldInstanceFamilyIsWarnedAbout() {
        var old = new com.balancerstudio.model.Instance(id("old"), "old", id("private-a"), null, "m3.medium", null,
                List.of(), null, null);
        var design = add(behindNlb(group("dns-tg", Protocol.UDP, 53).targets(Groups.instance("old")).build(),
                Protocol.UDP, 53), old);
        assertThat(findings(design, "ELB-TG-024")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Targets of UDP target group dns-tg may receive traffic but be unable "
                    + "to respond.");
            assertThat(f.elementIds()).containsExactly(id("dns-tg"), id("old"));
        });
    }

    @Test
    void udpGroupOfCurrentInstancesInTheVpcPasses() {
        var design = behindNlb(group("dns-tg", Protocol.UDP, 53).targets(Groups.instance("web-a")).build(),
                Protocol.UDP, 53);
        assertThat(findings(design, "ELB-TG-024")).isEmpty();
    }
}
