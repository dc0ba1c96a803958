package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Application Load Balancer rules of the catalog that the core set leaves out. */
class ApplicationLoadBalancerRulesTest {
    private final LoadBalancer alb = Fixtures.get(Fixtures.webTier(), "web-alb", LoadBalancer.class);

    private static LoadBalancer withIdleTimeout(LoadBalancer l, Integer seconds) {
        return l.withIdleTimeout(seconds);
    }

    @Test
    void turningCrossZoneOffOnAnAlbIsRefusedAndTheQuickFixRemovesTheSetting() {
        var design = Fixtures.with(Fixtures.webTier(), alb.withCrossZoneLoadBalancing(false));
        assertThat(findings(design, "ELB-XZ-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("Cross-zone load balancing is always on for Application Load Balancers");
            assertThat(f.elementIds()).containsExactly(ids("web-alb"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("web-alb"), LoadBalancer.class).enableCrossZoneLoadBalancing()).isNull();
            assertThat(findings(fixed, "ELB-XZ-001")).isEmpty();
        });
    }

    @Test
    void anAlbWithCrossZoneUnsetOrOnIsRight() {
        assertThat(findings(Fixtures.webTier(), "ELB-XZ-001")).isEmpty();
        var on = Fixtures.with(Fixtures.webTier(), alb.withCrossZoneLoadBalancing(true));
        assertThat(findings(on, "ELB-XZ-001")).isEmpty();
    }

    @Test
    void anIdleTimeoutOfZeroIsRefusedAndOneToFourThousandIsRight() {
        var design = Fixtures.with(Fixtures.webTier(), withIdleTimeout(alb, 0));
        assertThat(findings(design, "ELB-IDLE-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("ALB idle timeout 0s is out of range (1-4000 s).");
            assertThat(f.elementIds()).containsExactly(ids("web-alb"));
        });
        assertThat(findings(Fixtures.with(Fixtures.webTier(), withIdleTimeout(alb, 4000)), "ELB-IDLE-001")).isEmpty();
        assertThat(findings(Fixtures.with(Fixtures.webTier(), withIdleTimeout(alb, 1)), "ELB-IDLE-001")).isEmpty();
    }

    private static TargetGroup speaking(String protocolVersion) {
        var g = Fixtures.get(Fixtures.webTier(), "web-tg", TargetGroup.class);
        return g.withProtocolVersion(protocolVersion);
    }

    @Test
    void grpcTargetsBehindAnAlbWithHttp2OffAreNotedAndTheQuickFixTurnsItOn() {
        var design = Fixtures.with(Fixtures.with(Fixtures.webTier(), speaking("GRPC")),
                alb.withHttp2(false));
        assertThat(findings(design, "ELB-ALB-007")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("ALB web-alb only negotiates HTTP/2 on HTTPS listeners (and only when"
                    + " HTTP/2 is enabled, the default).");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("web-alb"), LoadBalancer.class).enableHttp2()).isTrue();
            assertThat(findings(fixed, "ELB-ALB-007")).isEmpty();
        });
    }

    @Test
    void http2TargetsBehindAnAlbWithoutHttpsListenerAreNotedWithoutAGuessedCertificate() {
        var design = Fixtures.with(Fixtures.webTier(), speaking("HTTP2"));
        var https = Fixtures.get(design, "https", Listener.class);
        var http = Fixtures.get(design, "http", Listener.class);
        var plainOnly = design.withRemoved(https.id()).withReplaced(http.withDefaultAction(Action.Forward.to(id("web-tg"))));
        assertThat(findings(plainOnly, "ELB-ALB-007")).singleElement()
                .satisfies(f -> assertThat(f.quickFix()).isNull());
        assertThat(findings(design, "ELB-ALB-007")).as("HTTPS listener, HTTP/2 on by default").isEmpty();
        assertThat(findings(Fixtures.webTier(), "ELB-ALB-007")).as("HTTP/1.1 targets").isEmpty();
    }

    private static Design fedByNlbs(int count) {
        var design = Fixtures.webTier();
        for (int i = 1; i <= count; i++) {
            var group = new TargetGroup(id("to-alb-" + i), "to-alb-" + i, id("vpc"), null, Protocol.TCP, 443,
                    TargetType.ALB, null, null, null, null, null, null, null,
                    List.of(new TargetRegistration(id("web-alb"), null, null, 443)), null, null, null, null, null);
            var nlb = KindDesigns.lb("nlb-" + i, LoadBalancerType.NETWORK, false, "public-a", "public-b");
            var listener = new Listener(id("tcp-" + i), "TCP :443", nlb.id(), null, Protocol.TCP, 443, null,
                    List.of(), null, Action.Forward.to(group.id()), null, null, false, null, null, null);
            design = KindDesigns.plus(design, group, nlb, listener);
        }
        return design;
    }

    @Test
    void anAlbBehindThreeNlbsIsRefused() {
        assertThat(findings(fedByNlbs(3), "ELB-ALB-008")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("ALB web-alb is a target of 3 Network Load Balancers; the maximum is 2.");
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "nlb-1", "nlb-2", "nlb-3"));
        });
    }

    @Test
    void anAlbBehindTwoNlbsIsAllowed() {
        assertThat(findings(fedByNlbs(2), "ELB-ALB-008")).isEmpty();
    }

    @Test
    void anAlbWithoutSecurityGroupIsWarned() {
        var design = Fixtures.with(Fixtures.webTier(), alb.withSecurityGroups(List.of()));
        assertThat(findings(design, "ELB-ALB-003")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("ALB web-alb has no security group; AWS will attach the VPC default");
            assertThat(f.elementIds()).containsExactly(ids("web-alb"));
        });
    }

    @Test
    void anAlbWithItsSecurityGroupIsRight() {
        assertThat(findings(Fixtures.webTier(), "ELB-ALB-003")).isEmpty();
    }
}
