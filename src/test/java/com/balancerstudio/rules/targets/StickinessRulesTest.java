package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.behindNlb;
import static com.balancerstudio.rules.targets.Groups.copy;
import static com.balancerstudio.rules.targets.Groups.fixed;
import static com.balancerstudio.rules.targets.Groups.get;
import static com.balancerstudio.rules.targets.Groups.group;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.rules.targets.Groups.replace;
import static com.balancerstudio.rules.targets.Groups.webGroup;
import static com.balancerstudio.rules.targets.Groups.webTier;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sticky session rules (ELB-STK-*): each fires on a broken web tier and stays quiet on a correct one. */
class StickinessRulesTest {
    private final Design clean = webTier();
    private final TargetGroup web = webGroup(clean);

    private Design withWebStickiness(Stickiness stickiness) {
        return replace(clean, copy(web).stickiness(stickiness).build());
    }

    private static Stickiness appCookie(String name) {
        return new Stickiness(true, StickinessType.APP_COOKIE, 3600, name);
    }

    /** The web tier with a rule on the HTTPS listener spreading /new/* over web-tg and a canary group by weight. */
    private Design weighted(Stickiness webStickiness) {
        var canary = group("canary-tg", Protocol.HTTP, 80).targets(Groups.instance("web-a")).build();
        var split = new Action.Forward(List.of(new WeightedTargetGroup(web.id(), 90),
                new WeightedTargetGroup(canary.id(), 10)), null, null);
        var rule = new ListenerRule(id("canary-rule"), "canary-rule", id("https"), null, 10,
                List.of(RuleCondition.of(ConditionField.PATH_PATTERN, "/new/*")), split);
        return add(replace(clean, copy(web).stickiness(webStickiness).build()), canary, rule);
    }

    @Test
    void applicationCookieWithAReservedPrefixOrNoNameIsRefused() {
        assertThat(findings(withWebStickiness(appCookie("AWSALBsession")), "ELB-STK-003")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Application cookie name 'AWSALBsession' is missing or uses a "
                            + "reserved prefix (AWSALB, AWSALBAPP, AWSALBTG).");
                    assertThat(f.elementIds()).containsExactly(id("web-tg"));
                });
        assertThat(findings(withWebStickiness(appCookie(null)), "ELB-STK-003")).hasSize(1);
    }

    @Test
    void applicationCookieOfTheAppPasses() {
        assertThat(findings(withWebStickiness(appCookie("JSESSIONID")), "ELB-STK-003")).isEmpty();
    }

    @Test
    void cookieNameOnDurationBasedStickinessIsIgnoredAndTheQuickFixRemovesIt() {
        var design = withWebStickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, "JSESSIONID"));
        var found = findings(design, "ELB-STK-004");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Cookie name is ignored for duration-based (lb_cookie) stickiness; the "
                    + "load balancer always uses AWSALB.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "web-tg", TargetGroup.class).stickiness().cookieName()).isNull();
        assertThat(findings(after, "ELB-STK-004")).isEmpty();
    }

    @Test
    void durationBasedStickinessWithoutCookieNamePasses() {
        assertThat(findings(withWebStickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null)),
                "ELB-STK-004")).isEmpty();
    }

    @Test
    void stickinessWithCrossZoneOffIsRefused() {
        var design = replace(clean, copy(web).crossZone(CrossZoneSetting.OFF)
                .stickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null)).build());
        assertThat(findings(design, "ELB-STK-005")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Sticky sessions are not supported on target group web-tg because cross-zone load "
                        + "balancing is off (AWS rejects it)."));
    }

    @Test
    void stickinessWithCrossZoneInheritedOrOffWithoutStickinessPasses() {
        assertThat(findings(withWebStickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null)),
                "ELB-STK-005")).isEmpty();
        assertThat(findings(replace(clean, copy(web).crossZone(CrossZoneSetting.OFF).build()), "ELB-STK-005"))
                .isEmpty();
    }

    @Test
    void stickinessOnALambdaGroupIsRefusedAndTheQuickFixTurnsItOff() {
        var design = add(clean, group("fn-tg", null, null).type(TargetType.LAMBDA)
                .stickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null)).build());
        var found = findings(design, "ELB-STK-006");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Stickiness is not supported for Lambda target groups.");
            assertThat(f.elementIds()).containsExactly(id("fn-tg"));
        });
        var after = fixed(design, found.get(0));
        assertThat(get(after, "fn-tg", TargetGroup.class).stickiness().enabled()).isFalse();
        assertThat(findings(after, "ELB-STK-006")).isEmpty();
    }

    @Test
    void lambdaGroupWithoutStickinessPasses() {
        assertThat(findings(add(clean, group("fn-tg", null, null).type(TargetType.LAMBDA).build()), "ELB-STK-006"))
                .isEmpty();
    }

    @Test
    void applicationStickinessInAWeightedForwardIsWarnedAbout() {
        assertThat(findings(weighted(appCookie("JSESSIONID")), "ELB-STK-007")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Application-based stickiness does not work with weighted target "
                    + "groups (web-tg in canary-rule).");
            assertThat(f.elementIds()).containsExactly(id("web-tg"), id("canary-rule"));
        });
    }

    @Test
    void durationStickinessInAWeightedForwardPasses() {
        assertThat(findings(weighted(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null)), "ELB-STK-007"))
                .isEmpty();
        assertThat(findings(withWebStickiness(appCookie("JSESSIONID")), "ELB-STK-007")).isEmpty();
    }

    @Test
    void stickyTlsGroupBehindATlsListenerIsRefused() {
        var sticky = new Stickiness(true, StickinessType.SOURCE_IP, null, null);
        var design = behindNlb(group("tls-tg", Protocol.TLS, 443).stickiness(sticky).build(), Protocol.TLS, 443);
        assertThat(findings(design, "ELB-STK-009")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Sticky sessions are not supported for TLS listeners with TLS target "
                    + "groups (tls-tg).");
            assertThat(f.elementIds()).containsExactly(id("tls-tg"), id("nlb-listener"));
        });
    }

    @Test
    void stickyTcpGroupBehindATlsListenerPasses() {
        var sticky = new Stickiness(true, StickinessType.SOURCE_IP, null, null);
        var design = behindNlb(group("tcp-tg", Protocol.TCP, 443).stickiness(sticky).build(), Protocol.TLS, 443);
        assertThat(findings(design, "ELB-STK-009")).isEmpty();
    }

    @Test
    void sourceIpStickinessIsPointedOut() {
        var sticky = new Stickiness(true, StickinessType.SOURCE_IP, null, null);
        var design = behindNlb(group("tcp-tg", Protocol.TCP, 443).stickiness(sticky).build(), Protocol.TCP, 443);
        assertThat(findings(design, "ELB-STK-010")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Source-IP stickiness can unbalance load");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementIds()).containsExactly(id("tcp-tg"));
        });
    }

    @Test
    void disabledSourceIpStickinessPasses() {
        var off = new Stickiness(false, StickinessType.SOURCE_IP, null, null);
        var design = behindNlb(group("tcp-tg", Protocol.TCP, 443).stickiness(off).build(), Protocol.TCP, 443);
        assertThat(findings(design, "ELB-STK-010")).isEmpty();
    }
}
