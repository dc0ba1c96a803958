package com.balancerstudio.rules.traffic;

import static com.balancerstudio.rules.traffic.TrafficDesigns.add;
import static com.balancerstudio.rules.traffic.TrafficDesigns.get;
import static com.balancerstudio.rules.traffic.TrafficDesigns.id;
import static com.balancerstudio.testing.DesignBuilder.forward;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerRuleConditionsTest {
    private final Design clean = Fixtures.webTier();
    private final TargetGroup group = get(clean, "web-tg", TargetGroup.class);

    private ListenerRule rule(String id, String listener, int priority, RuleCondition... conditions) {
        return new ListenerRule(id(id), id, id(listener), null, priority, List.of(conditions), forward(group));
    }

    private static RuleCondition path(String... values) {
        return RuleCondition.of(ConditionField.PATH_PATTERN, values);
    }

    private static RuleCondition host(String... values) {
        return RuleCondition.of(ConditionField.HOST_HEADER, values);
    }

    private List<Finding> findingsFor(String ruleId, RuleCondition condition) {
        return findings(add(clean, rule("r1", "https", 10, condition)), ruleId);
    }

    @Test
    void twoRulesOfOneListenerWithTheSamePriorityAreRefused() {
        var design = add(clean, rule("api", "https", 10, path("/api/*")), rule("img", "https", 10, path("/img/*")));

        assertThat(findings(design, "ELB-RULE-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Listener HTTPS :443 already has a rule with priority 10.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("img"), id("api"), id("https"));
        });
    }

    @Test
    void equalPrioritiesOnDifferentListenersAndNeighbouringPrioritiesAreFine() {
        var design = add(clean, rule("api", "https", 10, path("/api/*")), rule("img", "https", 11, path("/img/*")),
                rule("plain", "http", 10, path("/api/*")));

        assertThat(findings(design, "ELB-RULE-003")).isEmpty();
    }

    @Test
    void hostPatternWithoutDotIsRefused() {
        assertThat(findingsFor("ELB-RULE-007", host("localhost"))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Host pattern 'localhost' is invalid (max 128 chars; letters, digits,"
                    + " '-', '.', '*', '?'; at least one '.', only letters after the last '.').");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
        });
    }

    @Test
    void hostPatternsBreakingCharacterOrTopLevelRulesAreEachReported() {
        var found = findingsFor("ELB-RULE-007", host("api.example.com", "exa_mple.com", "example.c0m", "*.example.*"));

        assertThat(found).extracting(Finding::message).containsExactly(
                "Host pattern 'exa_mple.com' is invalid (max 128 chars; letters, digits, '-', '.', '*', '?'; at least one '.', only letters after the last '.').",
                "Host pattern 'example.c0m' is invalid (max 128 chars; letters, digits, '-', '.', '*', '?'; at least one '.', only letters after the last '.').",
                "Host pattern '*.example.*' is invalid (max 128 chars; letters, digits, '-', '.', '*', '?'; at least one '.', only letters after the last '.').");
    }

    @Test
    void hostPatternLengthLimitIs128Characters() {
        var longest = "a".repeat(124) + ".com";
        var tooLong = "a".repeat(125) + ".com";

        assertThat(findingsFor("ELB-RULE-007", host(longest, "*.example.com", "api-?.example.org"))).isEmpty();
        assertThat(findingsFor("ELB-RULE-007", host(tooLong))).hasSize(1);
    }

    @Test
    void pathPatternWithSpaceIsRefused() {
        assertThat(findingsFor("ELB-RULE-008", path("/my docs/*"))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Path pattern '/my docs/*' is invalid (max 128 chars; allowed: letters,"
                    + " digits, _-.$/~\"'@:+&, wildcards * and ?).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("r1"), id("https"));
        });
    }

    @Test
    void pathPatternWithQueryStringIsRefused() {
        assertThat(findingsFor("ELB-RULE-008", path("/search?q=x"))).hasSize(1);
    }

    @Test
    void pathPatternLengthLimitIs128CharactersAndAllListedCharactersPass() {
        var longest = "/" + "a".repeat(127);

        assertThat(findingsFor("ELB-RULE-008", path(longest, "/api/v1.2/*", "/~user/$x_y-z/'q'\"@:+&?*"))).isEmpty();
        assertThat(findingsFor("ELB-RULE-008", path(longest + "a"))).hasSize(1);
    }

    @Test
    void hostValuesAreNotCheckedAsPathsNorPathsAsHosts() {
        var design = add(clean, rule("r1", "https", 10, path("/no-dot"), host("www.example.com")));

        assertThat(findings(design, "ELB-RULE-007")).isEmpty();
        assertThat(findings(design, "ELB-RULE-008")).isEmpty();
    }
}
