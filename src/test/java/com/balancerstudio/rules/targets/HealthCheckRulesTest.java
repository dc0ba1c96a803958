package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.behindNlb;
import static com.balancerstudio.rules.targets.Groups.copy;
import static com.balancerstudio.rules.targets.Groups.fixed;
import static com.balancerstudio.rules.targets.Groups.get;
import static com.balancerstudio.rules.targets.Groups.group;
import static com.balancerstudio.rules.targets.Groups.healthCheck;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.rules.targets.Groups.replace;
import static com.balancerstudio.rules.targets.Groups.webGroup;
import static com.balancerstudio.rules.targets.Groups.webTier;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health check rules (ELB-HC-*): each fires on a broken web tier and stays quiet on a correct one. */
class HealthCheckRulesTest {
    private final Design clean = webTier();
    private final TargetGroup web = webGroup(clean);

    private Design withWebCheck(HealthCheck check) {
        return replace(clean, web.withHealthCheck(check));
    }

    private static Design nlbGroupWithCheck(HealthCheck check) {
        return behindNlb(group("tcp-tg", Protocol.TCP, 80).check(check).build(), Protocol.TCP, 80);
    }

    /** An NLB forwarding TCP to an alb-type target group whose target is the web tier's ALB. */
    private static Design albBehindNlb(int port, HealthCheck check) {
        var group = group("alb-tg", Protocol.TCP, port).type(TargetType.ALB).check(check)
                .targets(TargetRegistration.instance(id("web-alb"))).build();
        return behindNlb(group, Protocol.TCP, port);
    }

    private static LoadBalancer classic(HealthCheck check) {
        return new LoadBalancer(id("old-clb"), "old-clb", id("vpc"), null, LoadBalancerType.CLASSIC, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))), List.of(), null, null,
                false, null, null, null, null, List.of(id("web-a"), id("web-b")), check, null, null, null, null, null, null);
    }

    @Test
    void tcpHealthCheckOfAnHttpGroupIsRefused() {
        assertThat(findings(withWebCheck(healthCheck(Protocol.TCP, null, null)), "ELB-HC-005")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Health check protocol TCP is not valid for HTTP/instance target "
                            + "group web-tg.");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(findings(nlbGroupWithCheck(healthCheck(Protocol.UDP, null, null)), "ELB-HC-005")).hasSize(1);
    }

    @Test
    void httpsCheckOfAnHttpGroupAndTcpCheckOfATcpGroupPass() {
        assertThat(findings(withWebCheck(healthCheck(Protocol.HTTPS, null, null)), "ELB-HC-005")).isEmpty();
        assertThat(findings(nlbGroupWithCheck(healthCheck(Protocol.TCP, null, null)), "ELB-HC-005")).isEmpty();
    }

    @Test
    void successCodesOnATcpHealthCheckAreRefusedAndTheQuickFixRemovesThem() {
        var design = nlbGroupWithCheck(healthCheck(null, null, "200"));
        var found = findings(design, "ELB-HC-007");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Matcher (success codes) is only valid for HTTP/HTTPS health checks.");
            assertThat(f.elementIds()).containsExactly(id("tcp-tg"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "tcp-tg", TargetGroup.class).healthCheck().matcher()).isNull();
        assertThat(findings(after, "ELB-HC-007")).isEmpty();
    }

    @Test
    void successCodesOnAnHttpHealthCheckPass() {
        assertThat(findings(nlbGroupWithCheck(healthCheck(Protocol.HTTP, null, "200-399")), "ELB-HC-007")).isEmpty();
        assertThat(findings(withWebCheck(healthCheck(null, null, "200")), "ELB-HC-007")).isEmpty();
    }

    @Test
    void successCodesOutsideTheAlbRangeOrMalformedAreRefused() {
        assertThat(findings(withWebCheck(healthCheck(null, null, "200-599")), "ELB-HC-008")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("Success codes '200-599' are invalid for web-tg (allowed 200-499)."));
        assertThat(findings(withWebCheck(healthCheck(null, null, "ok")), "ELB-HC-008")).hasSize(1);
        assertThat(findings(withWebCheck(healthCheck(null, null, "299-200")), "ELB-HC-008")).hasSize(1);
    }

    @Test
    void successCodesWithinTheKindsRangePass() {
        assertThat(findings(withWebCheck(healthCheck(null, null, "200,302")), "ELB-HC-008")).isEmpty();
        assertThat(findings(withWebCheck(healthCheck(null, null, "200-299")), "ELB-HC-008")).isEmpty();
        assertThat(findings(nlbGroupWithCheck(healthCheck(Protocol.HTTP, null, "200-599")), "ELB-HC-008")).isEmpty();
    }

    @Test
    void namedHealthCheckPortIsRefusedAndTheQuickFixUsesTheTrafficPort() {
        var design = withWebCheck(healthCheck(null, "http", null));
        var found = findings(design, "ELB-HC-009");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Health check port 'http' is invalid."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "web-tg", TargetGroup.class).healthCheck().port()).isEqualTo("traffic-port");
        assertThat(findings(after, "ELB-HC-009")).isEmpty();
        assertThat(findings(withWebCheck(healthCheck(null, "70000", null)), "ELB-HC-009")).hasSize(1);
    }

    @Test
    void numericOrTrafficPortPasses() {
        assertThat(findings(withWebCheck(healthCheck(null, "8080", null)), "ELB-HC-009")).isEmpty();
        assertThat(findings(withWebCheck(healthCheck(null, "traffic-port", null)), "ELB-HC-009")).isEmpty();
    }

    @Test
    void disabledHealthChecksOnAnInstanceGroupAreRefusedAndTheQuickFixEnablesThem() {
        var design = withWebCheck(new HealthCheck(false, null, null, null, null, null, null, null, null));
        var found = findings(design, "ELB-HC-010");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Health checks cannot be disabled for instance target group web-tg."));
        var after = fixed(design, found.get(0));
        assertThat(get(after, "web-tg", TargetGroup.class).healthCheck().enabled()).isTrue();
        assertThat(findings(after, "ELB-HC-010")).isEmpty();
    }

    @Test
    void disabledHealthChecksOnALambdaGroupAreNotThisRulesConcern() {
        var lambda = group("fn-tg", null, null).type(TargetType.LAMBDA)
                .check(new HealthCheck(false, null, null, null, null, null, null, null, null)).build();
        assertThat(findings(add(clean, lambda), "ELB-HC-010")).isEmpty();
    }

    @Test
    void lambdaGroupWithDefaultHealthChecksIsWarnedAboutAndTheQuickFixEnablesThem() {
        var design = add(clean, group("fn-tg", null, null).type(TargetType.LAMBDA).build());
        var found = findings(design, "ELB-HC-011");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Health checks are off for Lambda target group fn-tg; failing "
                    + "functions keep receiving requests.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(findings(fixed(design, found.get(0)), "ELB-HC-011")).isEmpty();
    }

    @Test
    void instanceGroupsAreNotLambdaGroups() {
        assertThat(findings(clean, "ELB-HC-011")).isEmpty();
    }

    @Test
    void classicHealthCheckWithARelativePathOrUdpIsRefused() {
        var relative = add(clean, classic(new HealthCheck(null, Protocol.HTTP, "80", "health", null, null, null, null,
                null)));
        assertThat(findings(relative, "ELB-HC-013")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("CLB health check target 'HTTP:80health' is invalid (format "
                    + "PROTOCOL:PORT[/path]; HTTP/HTTPS need a ping path; max 1024 chars).");
            assertThat(f.elementIds()).containsExactly(id("old-clb"));
        });
        var udp = add(clean, classic(new HealthCheck(null, Protocol.UDP, "53", null, null, null, null, null, null)));
        assertThat(findings(udp, "ELB-HC-013")).hasSize(1);
    }

    @Test
    void classicHttpCheckWithAnAbsolutePathPasses() {
        var design = add(clean, classic(new HealthCheck(null, Protocol.HTTP, "80", "/health", null, null, null, null,
                null)));
        assertThat(findings(design, "ELB-HC-013")).isEmpty();
    }

    @Test
    void albTargetGroupOnAPortTheAlbDoesNotListenOnIsRefused() {
        assertThat(findings(albBehindNlb(8443, HealthCheck.DEFAULTS), "ELB-HC-014")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("NLB target group alb-tg (port 8443) needs a listener on ALB web-alb "
                    + "with the same port (and health checks to a matching listener).");
            assertThat(f.elementIds()).containsExactly(id("alb-tg"), id("web-alb"));
        });
        // Port 443 exists, but the default HTTP health check would reach the HTTPS listener.
        assertThat(findings(albBehindNlb(443, HealthCheck.DEFAULTS), "ELB-HC-014")).hasSize(1);
    }

    @Test
    void albTargetGroupMatchingAnAlbListenerPasses() {
        assertThat(findings(albBehindNlb(80, HealthCheck.DEFAULTS), "ELB-HC-014")).isEmpty();
        assertThat(findings(albBehindNlb(443, healthCheck(Protocol.HTTPS, null, null)), "ELB-HC-014")).isEmpty();
    }

    @Test
    void httpHealthChecksOfAnNlbGroupArePointedOut() {
        assertThat(findings(nlbGroupWithCheck(healthCheck(Protocol.HTTP, null, null)), "ELB-HC-016")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).startsWith("NLB/GWLB health checks are distributed");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.elementIds()).containsExactly(id("tcp-tg"));
                });
    }

    @Test
    void tcpHealthChecksOfAnNlbGroupAndHttpChecksOfAnAlbGroupPass() {
        assertThat(findings(nlbGroupWithCheck(HealthCheck.DEFAULTS), "ELB-HC-016")).isEmpty();
        assertThat(findings(clean, "ELB-HC-016")).isEmpty();
    }
}
