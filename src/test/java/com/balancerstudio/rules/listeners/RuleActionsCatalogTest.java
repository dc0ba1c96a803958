package com.balancerstudio.rules.listeners;

import static com.balancerstudio.rules.listeners.ListenerDesigns.WEB;
import static com.balancerstudio.rules.listeners.ListenerDesigns.add;
import static com.balancerstudio.rules.listeners.ListenerDesigns.group;
import static com.balancerstudio.rules.listeners.ListenerDesigns.id;
import static com.balancerstudio.rules.listeners.ListenerDesigns.rule;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleActionsCatalogTest {
    private static final RuleCondition API = RuleCondition.of(ConditionField.PATH_PATTERN, "/api/*");
    private static final String ISSUER = "https://login.example.com";

    /** The findings of one rule for a rule "r1" of the given listener running the action. */
    private static List<Finding> findingsFor(String ruleId, String listener, Action action) {
        return findings(add(WEB, rule("r1", listener, 10, action, API)), ruleId);
    }

    private static Action.Authenticate authenticate(String... groups) {
        return new Action.Authenticate("oidc", ISSUER,
                List.of(groups).stream().map(g -> WeightedTargetGroup.of(id(g))).toList(), null, null);
    }

    private static Action.Redirect redirect(Protocol protocol, String port, String host, String path, String status) {
        return new Action.Redirect(protocol, port, host, path, null, status, null);
    }

    @Test
    void authenticationThatForwardsNowhereDoesNotEndInATerminalAction() {
        assertThat(findingsFor("ELB-RULE-013", "https", authenticate())).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Rule r1 must end with exactly one forward, redirect or fixed-response action.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void authenticationThenForwardEndsInATerminalAction() {
        assertThat(findingsFor("ELB-RULE-013", "https", authenticate("web-tg"))).isEmpty();
    }

    @Test
    void authenticationOnHttpListenerIsRefused() {
        assertThat(findingsFor("ELB-RULE-014", "http", authenticate("web-tg"))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Authentication actions are supported only on HTTPS listeners.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("http"));
        });
    }

    @Test
    void authenticationOnHttpsListenerIsFine() {
        assertThat(findingsFor("ELB-RULE-014", "https", authenticate("web-tg"))).isEmpty();
    }

    @Test
    void forwardToSixTargetGroupsOrWithWeight1000IsRefused() {
        var six = IntStream.rangeClosed(1, 6).mapToObj(i -> group("tg-" + i, Protocol.HTTP, 80)).toList();
        var design = add(WEB, six.toArray(TargetGroup[]::new));
        var toSix = new Action.Forward(six.stream().map(g -> new WeightedTargetGroup(g.id(), 1)).toList(), null, null);
        var heavy = new Action.Forward(List.of(new WeightedTargetGroup(id("web-tg"), 1000),
                new WeightedTargetGroup(id("tg-1"), 1)), null, null);

        var found = findings(add(design, rule("wide", "https", 10, toSix, API), rule("heavy", "https", 20, heavy, API)),
                "ELB-RULE-016");

        assertThat(found).extracting(Finding::message).containsExactly(
                "Forward action in wide has 6 target groups / weight in range; ALB allows up to 5 target groups per"
                        + " action with weights 0-999.",
                "Forward action in heavy has 2 target groups / weight 1000; ALB allows up to 5 target groups per"
                        + " action with weights 0-999.");
    }

    @Test
    void forwardToFiveTargetGroupsWithWeights0To999IsFine() {
        var five = IntStream.rangeClosed(1, 5).mapToObj(i -> group("tg-" + i, Protocol.HTTP, 80)).toList();
        var weights = List.of(0, 1, 500, 999, 10);
        var forward = new Action.Forward(IntStream.range(0, 5)
                .mapToObj(i -> new WeightedTargetGroup(five.get(i).id(), weights.get(i))).toList(), null, null);
        var design = add(add(WEB, five.toArray(TargetGroup[]::new)), rule("r1", "https", 10, forward, API));

        assertThat(findings(design, "ELB-RULE-016")).isEmpty();
    }

    private static TargetGroup sticky(String id) {
        var g = group(id, Protocol.HTTP, 80);
        return g.withStickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null));
    }

    private static Action.Forward blueGreen(Integer stickinessDuration) {
        return new Action.Forward(List.of(new WeightedTargetGroup(id("blue"), 90), new WeightedTargetGroup(id("green"), 10)),
                stickinessDuration, null);
    }

    @Test
    void weightedForwardOverStickyGroupWithoutGroupStickinessIsWarned() {
        var design = add(WEB, sticky("blue"), group("green", Protocol.HTTP, 80), rule("r1", "https", 10, blueGreen(null), API));

        assertThat(findings(design, "ELB-RULE-017")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Weighted forward in r1 includes sticky target group blue; without"
                    + " target-group stickiness sessions are not kept on the same target group.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("blue"));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void theStickinessFixKeepsSessionsOnTheGroupAsLongAsTheStickyGroupsCookie() {
        var design = add(WEB, sticky("blue"), group("green", Protocol.HTTP, 80), rule("r1", "https", 10, blueGreen(null), API));

        var after = ListenerDesigns.fixed(design, findings(design, "ELB-RULE-017").get(0));

        assertThat(ListenerDesigns.get(after, "r1", ListenerRule.class).action()).isEqualTo(blueGreen(3600));
        assertThat(findings(after, "ELB-RULE-017")).isEmpty();
    }

    @Test
    void weightedForwardWithGroupStickinessOrWithoutStickyGroupsIsFine() {
        var withStickiness = add(WEB, sticky("blue"), group("green", Protocol.HTTP, 80),
                rule("r1", "https", 10, blueGreen(3600), API));
        var nothingSticky = add(WEB, group("blue", Protocol.HTTP, 80), group("green", Protocol.HTTP, 80),
                rule("r1", "https", 10, blueGreen(null), API));

        assertThat(findings(withStickiness, "ELB-RULE-017")).isEmpty();
        assertThat(findings(nothingSticky, "ELB-RULE-017")).isEmpty();
    }

    @Test
    void groupStickinessOfZeroOrOverSevenDaysIsOutOfRange() {
        var base = add(WEB, group("blue", Protocol.HTTP, 80), group("green", Protocol.HTTP, 80));

        assertThat(findings(add(base, rule("r1", "https", 10, blueGreen(0), API)), "ELB-RULE-018")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Target group stickiness duration 0s is out of range (1-604800 s).");
                    assertThat(f.elementIds()).containsExactly(id("r1"));
                });
        assertThat(findings(add(base, rule("r1", "https", 10, blueGreen(604801), API)), "ELB-RULE-018")).hasSize(1);
    }

    @Test
    void groupStickinessFromOneSecondToSevenDaysIsFine() {
        var base = add(WEB, group("blue", Protocol.HTTP, 80), group("green", Protocol.HTTP, 80));

        assertThat(findings(add(base, rule("r1", "https", 10, blueGreen(1), API),
                rule("r2", "https", 20, blueGreen(604800), RuleCondition.of(ConditionField.PATH_PATTERN, "/b/*"))),
                "ELB-RULE-018")).isEmpty();
    }

    @Test
    void redirectThatKeepsEverythingLoops() {
        var same = redirect(Protocol.HTTPS, "#{port}", "#{host}", "/#{path}", "HTTP_301");

        assertThat(findingsFor("ELB-RULE-019", "https", same)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Redirect in r1 does not change protocol, host, port or path and would loop.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
        });
        assertThat(findingsFor("ELB-RULE-019", "http", redirect(null, "80", null, null, "HTTP_302"))).hasSize(1);
    }

    @Test
    void redirectChangingProtocolHostOrPathDoesNotLoop() {
        assertThat(findings(WEB, "ELB-RULE-019")).as("the web tier's HTTP to HTTPS redirect").isEmpty();
        assertThat(findingsFor("ELB-RULE-019", "https", redirect(null, null, "www.example.com", null, "HTTP_301"))).isEmpty();
        assertThat(findingsFor("ELB-RULE-019", "https", redirect(null, null, null, "/new/#{path}", "HTTP_301"))).isEmpty();
    }

    @Test
    void redirectFromHttpsDownToHttpIsRefused() {
        assertThat(findingsFor("ELB-RULE-020", "https", redirect(Protocol.HTTP, "80", null, null, "HTTP_301")))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Redirecting HTTPS to HTTP is not allowed.");
                    assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
                });
    }

    @Test
    void redirectFromHttpToHttpsOrHttpsToHttpsIsFine() {
        assertThat(findings(WEB, "ELB-RULE-020")).isEmpty();
        assertThat(findingsFor("ELB-RULE-020", "https", redirect(Protocol.HTTPS, null, "www.example.com", null, null)))
                .isEmpty();
    }

    @Test
    void redirectWithWrongStatusPortOrPathIsRefusedWithEveryReason() {
        var bad = redirect(Protocol.HTTPS, "70000", null, "no-slash", "HTTP_307");

        assertThat(findingsFor("ELB-RULE-021", "http", bad)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Redirect action in r1 is invalid (status code HTTP_307 is not HTTP_301"
                    + " or HTTP_302; port '70000' is not #{port} or 1-65535; path 'no-slash' does not start with '/').");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(findingsFor("ELB-RULE-021", "http", redirect(Protocol.HTTPS, null, "h".repeat(129), null, null)))
                .extracting(Finding::message)
                .containsExactly("Redirect action in r1 is invalid (host has 129 characters, over 128).");
    }

    @Test
    void redirectWithKeywordsAndValidPartsIsFine() {
        assertThat(findingsFor("ELB-RULE-021", "http", redirect(Protocol.HTTPS, "#{port}", "#{host}", "/#{path}",
                "HTTP_302"))).isEmpty();
        assertThat(findingsFor("ELB-RULE-021", "http", redirect(Protocol.HTTPS, "443", "h".repeat(128), "/x", null)))
                .isEmpty();
    }

    @Test
    void fixedResponseWithRedirectStatusOrUnsupportedContentTypeIsRefused() {
        var bad = new Action.FixedResponse("text/xml", "<x/>", "302", null);

        assertThat(findingsFor("ELB-RULE-022", "https", bad)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Fixed response in r1 is invalid (status code '302' is not 2XX, 4XX or"
                    + " 5XX; content type 'text/xml' is not one of text/plain, text/css, text/html,"
                    + " application/javascript, application/json).");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
        });
    }

    @Test
    void fixedResponseWith404AndJsonOrNoContentTypeIsFine() {
        assertThat(findingsFor("ELB-RULE-022", "https",
                new Action.FixedResponse("application/json", "{}", "404", null)))
                .isEmpty();
        assertThat(findingsFor("ELB-RULE-022", "https", new Action.FixedResponse(null, null, "503", null))).isEmpty();
    }

    @Test
    void albForwardToTcpTargetGroupIsRefused() {
        var design = add(WEB, group("tcp-tg", Protocol.TCP, 443),
                rule("r1", "https", 10, Action.Forward.to(id("tcp-tg")), API));

        assertThat(findings(design, "ELB-RULE-023")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("ALB web-alb cannot forward to TCP target group tcp-tg.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("tcp-tg"));
        });
    }

    @Test
    void albForwardToHttpsTargetGroupIsFine() {
        var design = add(WEB, group("secure-tg", Protocol.HTTPS, 443),
                rule("r1", "https", 10, Action.Forward.to(id("secure-tg")), API));

        assertThat(findings(design, "ELB-RULE-023")).isEmpty();
    }

    private static TargetGroup grpc(String id) {
        var g = group(id, Protocol.HTTP, 50051);
        return g.withProtocolVersion("GRPC");
    }

    @Test
    void authenticationBeforeGrpcTargetGroupIsRefused() {
        var design = add(WEB, grpc("grpc-tg"), rule("r1", "https", 10, authenticate("grpc-tg"), API));

        assertThat(findings(design, "ELB-RULE-024")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Rules for gRPC/HTTP2 target groups support only forward actions.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("grpc-tg"));
        });
    }

    @Test
    void plainForwardToGrpcAndAuthenticationBeforeHttp1GroupAreFine() {
        var design = add(WEB, grpc("grpc-tg"), rule("r1", "https", 10, Action.Forward.to(id("grpc-tg")), API),
                rule("r2", "https", 20, authenticate("web-tg"), RuleCondition.of(ConditionField.PATH_PATTERN, "/me/*")));

        assertThat(findings(design, "ELB-RULE-024")).isEmpty();
    }
}
