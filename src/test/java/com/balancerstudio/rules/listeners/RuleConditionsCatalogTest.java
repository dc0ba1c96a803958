package com.balancerstudio.rules.listeners;

import static com.balancerstudio.rules.listeners.ListenerDesigns.WEB;
import static com.balancerstudio.rules.listeners.ListenerDesigns.add;
import static com.balancerstudio.rules.listeners.ListenerDesigns.fixed;
import static com.balancerstudio.rules.listeners.ListenerDesigns.get;
import static com.balancerstudio.rules.listeners.ListenerDesigns.group;
import static com.balancerstudio.rules.listeners.ListenerDesigns.id;
import static com.balancerstudio.rules.listeners.ListenerDesigns.listener;
import static com.balancerstudio.rules.listeners.ListenerDesigns.loadBalancer;
import static com.balancerstudio.rules.listeners.ListenerDesigns.rule;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleConditionsCatalogTest {
    private static RuleCondition path(String... values) {
        return RuleCondition.of(ConditionField.PATH_PATTERN, values);
    }

    private static RuleCondition host(String... values) {
        return RuleCondition.of(ConditionField.HOST_HEADER, values);
    }

    private static RuleCondition method(String... values) {
        return RuleCondition.of(ConditionField.HTTP_REQUEST_METHOD, values);
    }

    private static RuleCondition header(String name, String... values) {
        return new RuleCondition(ConditionField.HTTP_HEADER, List.of(values), name);
    }

    private static RuleCondition query(String... values) {
        return RuleCondition.of(ConditionField.QUERY_STRING, values);
    }

    private static RuleCondition sourceIp(String... values) {
        return RuleCondition.of(ConditionField.SOURCE_IP, values);
    }

    private static List<Finding> findingsFor(String ruleId, RuleCondition... conditions) {
        return findings(add(WEB, rule("r1", 10, conditions)), ruleId);
    }

    @Test
    void ruleOnNetworkLoadBalancerListenerIsRefused() {
        var design = add(WEB, loadBalancer("api-nlb", LoadBalancerType.NETWORK), group("api-tg", Protocol.TCP, 443),
                listener("api-tcp", "api-nlb", Protocol.TCP, 443, Action.Forward.to(id("api-tg"))),
                rule("by-path", "api-tcp", 10, Action.Forward.to(id("api-tg")), path("/api/*")));

        assertThat(findings(design, "ELB-RULE-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Content-based listener rules are only supported on Application Load Balancer listeners.");
            assertThat(f.elementIds()).containsExactly(id("by-path"), id("api-tcp"), id("api-nlb"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void ruleOnApplicationLoadBalancerListenerIsFine() {
        assertThat(findingsFor("ELB-RULE-001", path("/api/*"))).isEmpty();
    }

    @Test
    void ruleWithoutConditionsIsRefused() {
        assertThat(findingsFor("ELB-RULE-004")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Rule r1 has no conditions; only the listener's default rule may be unconditional.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
        });
    }

    @Test
    void ruleWithAConditionIsFine() {
        assertThat(findingsFor("ELB-RULE-004", host("api.example.com"))).isEmpty();
    }

    @Test
    void twoPathConditionsAreRefusedAndTheFixMergesTheirValues() {
        var design = add(WEB, rule("r1", 10, path("/api/*"), host("api.example.com"), path("/v2/*")));

        var finding = findings(design, "ELB-RULE-005").get(0);

        assertThat(finding.message()).isEqualTo("Rule r1 has 2 'path-pattern' conditions; only one is allowed per rule"
                + " (put alternatives in its values list).");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        var after = fixed(design, finding);
        assertThat(get(after, "r1", ListenerRule.class).conditions())
                .containsExactly(path("/api/*", "/v2/*"), host("api.example.com"));
        assertThat(findings(after, "ELB-RULE-005")).isEmpty();
    }

    @Test
    void repeatedHttpHeaderAndQueryStringConditionsAreAllowed() {
        assertThat(findingsFor("ELB-RULE-005", header("X-Env", "beta"), header("X-Team", "web"), query("v=2"),
                query("debug=1"), path("/api/*"))).isEmpty();
    }

    @Test
    void sixConditionValuesOrSixWildcardsInOneRuleExceedTheRuleLimits() {
        assertThat(findingsFor("ELB-RULE-006", path("/a", "/b", "/c"), host("a.example.com", "b.example.com"),
                method("GET"))).singleElement().satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Rule r1 exceeds ALB rule limits (condition values: 6 > 5).");
                    assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
                });
        assertThat(findingsFor("ELB-RULE-006", path("/*/*/*"), host("*.*.example.com"), header("X-Id", "?")))
                .extracting(Finding::message)
                .containsExactly("Rule r1 exceeds ALB rule limits (wildcards: 6 > 5).");
    }

    @Test
    void fiveValuesWithFiveWildcardsAreWithinTheLimits() {
        assertThat(findingsFor("ELB-RULE-006", path("/*/*", "/b/*"), host("*.example.com", "api-?.example.com"),
                method("GET"))).isEmpty();
    }

    @Test
    void lowerCaseMethodIsRefusedAndTheFixCapitalisesIt() {
        var design = add(WEB, rule("r1", 10, method("get", "POST")));

        var finding = findings(design, "ELB-RULE-009").get(0);

        assertThat(finding.message()).isEqualTo(
                "HTTP method 'get' is invalid (max 40 chars, A-Z, '-' and '_', case-sensitive, no wildcards).");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        var after = fixed(design, finding);
        assertThat(get(after, "r1", ListenerRule.class).conditions()).containsExactly(method("GET", "POST"));
        assertThat(findings(after, "ELB-RULE-009")).isEmpty();
    }

    @Test
    void methodWithWildcardHasNoQuickFixAndValidMethodsPass() {
        assertThat(findingsFor("ELB-RULE-009", method("GE*"))).singleElement()
                .satisfies(f -> assertThat(f.quickFixEdit()).isEmpty());
        assertThat(findingsFor("ELB-RULE-009", method("GET", "PURGE_CACHE", "M-SEARCH", "X".repeat(40)))).isEmpty();
    }

    @Test
    void headerConditionOnHostOrWithWildcardNameOrLongValueIsRefused() {
        assertThat(findingsFor("ELB-RULE-010", header("Host", "api.example.com"))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("HTTP header condition on 'Host' is invalid"
                        + " (name <= 40 chars, no wildcards, not Host; values <= 128 chars)."));
        assertThat(findingsFor("ELB-RULE-010", header("X-*", "a"))).hasSize(1);
        assertThat(findingsFor("ELB-RULE-010", header("X-" + "a".repeat(39), "a"))).hasSize(1);
        assertThat(findingsFor("ELB-RULE-010", header("User-Agent", "a".repeat(129)))).hasSize(1);
    }

    @Test
    void hostHeaderConditionBecomesAHostConditionThroughTheFix() {
        var design = add(WEB, rule("r1", 10, header("host", "api.example.com"), path("/v1/*")));

        var finding = findings(design, "ELB-RULE-010").get(0);
        var after = fixed(design, finding);

        assertThat(get(after, "r1", ListenerRule.class).conditions())
                .containsExactly(host("api.example.com"), path("/v1/*"));
        assertThat(findings(after, "ELB-RULE-010")).isEmpty();
    }

    @Test
    void headerConditionWithPlainNameAndWildcardValueIsFine() {
        assertThat(findingsFor("ELB-RULE-010", header("User-Agent", "*Mobile*", "a".repeat(128)),
                header("X-" + "a".repeat(38), "1"))).isEmpty();
    }

    @Test
    void queryStringValueOver128CharactersIsRefused() {
        var longValue = "v".repeat(129);

        assertThat(findingsFor("ELB-RULE-011", query("version=" + longValue))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Query string condition 'version=" + longValue + "' exceeds 128 characters.");
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
        });
        assertThat(findingsFor("ELB-RULE-011", query("k".repeat(129) + "=1"))).hasSize(1);
    }

    @Test
    void queryStringKeyAndValueOf128CharactersAreFine() {
        assertThat(findingsFor("ELB-RULE-011", query("k".repeat(128) + "=" + "v".repeat(128)), query("beta"))).isEmpty();
    }

    @Test
    void sourceIpThatIsNoCidrOrTheBroadcastAddressIsRefused() {
        var found = findingsFor("ELB-RULE-012", sourceIp("10.0.0.*", "192.0.2.1", "255.255.255.255/32"));

        assertThat(found).extracting(Finding::message).containsExactly(
                "Source IP condition '10.0.0.*' is invalid.", "Source IP condition '192.0.2.1' is invalid.",
                "Source IP condition '255.255.255.255/32' is invalid.");
        assertThat(findingsFor("ELB-RULE-012", sourceIp("2001:db8::zz/32", "2001:db8::/129"))).hasSize(2);
    }

    @Test
    void ipv4AndIpv6CidrBlocksAreFine() {
        assertThat(findingsFor("ELB-RULE-012", sourceIp("192.0.2.0/24", "2001:db8::/32", "0.0.0.0/0"))).isEmpty();
    }

    @Test
    void ruleAfterABroaderRuleOfTheSameListenerCanNeverMatch() {
        var design = add(WEB, rule("api-all", 10, path("/api/*")), rule("api-v1", 20, path("/api/v1/*")));

        assertThat(findings(design, "ELB-RULE-025")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Rule api-v1 (priority 20) can never match: rule api-all (priority 10)"
                    + " matches the same requests first.");
            assertThat(f.elementIds()).containsExactly(id("api-v1"), id("api-all"));
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void narrowerRuleFirstOrRulesOnOtherListenersOrExtraConditionsAreNotShadowed() {
        var design = add(WEB, rule("api-v1", 10, path("/api/v1/*")), rule("api-all", 20, path("/api/*")),
                rule("admin", 30, path("/admin/*"), host("admin.example.com")),
                rule("admin-any-host", 40, path("/admin/*")),
                rule("one-char", 50, path("/v?")), rule("any-chars", 60, path("/v*")),
                rule("plain", "http", 5, Action.Redirect.toHttps(), path("/*")));

        assertThat(findings(design, "ELB-RULE-025")).isEmpty();
    }

    @Test
    void getRoutedWithoutHeadIsNotedAndTheFixAddsHead() {
        var design = add(WEB, rule("reads", 10, method("GET"), path("/api/*")));

        var finding = findings(design, "ELB-RULE-026").get(0);

        assertThat(finding.message()).isEqualTo("GET and HEAD are routed differently; HEAD responses may be cached.");
        assertThat(finding.elementIds()).containsExactly(id("reads"), id("https"));
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        var after = fixed(design, finding);
        assertThat(get(after, "reads", ListenerRule.class).conditions()).containsExactly(method("GET", "HEAD"),
                path("/api/*"));
        assertThat(findings(after, "ELB-RULE-026")).isEmpty();
    }

    @Test
    void getAndHeadTogetherOrNeitherAreFine() {
        assertThat(findingsFor("ELB-RULE-026", method("GET", "HEAD"))).isEmpty();
        assertThat(findingsFor("ELB-RULE-026", method("POST", "PUT"))).isEmpty();
    }
}
