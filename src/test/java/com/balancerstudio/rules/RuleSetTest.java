package com.balancerstudio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Design;
import com.balancerstudio.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The rules of a set run side by side, yet the findings come in one order and a failing rule is named. */
class RuleSetTest {
    private final Design design = Fixtures.webTier();

    @Test
    void findingsComeErrorsFirstThenByRuleIdThenInDesignOrderWhateverOrderTheRulesFinish() {
        var ids = design.elements().stream().map(e -> e.id()).toList();
        var lastFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(lastFirst);
        var rules = new ArrayList<Rule>();
        for (int i = 0; i < 200; i++) {
            var severity = i % 3 == 0 ? Severity.WARNING : Severity.ERROR;
            var id = String.format("TEST-%03d", i);
            // Each rule reports the design's elements from the last to the first.
            rules.add(rule(id, d -> lastFirst.stream()
                    .map(element -> new Finding(id, severity, List.of(element), "found", "", null)).toList()));
        }

        var findings = new RuleSet(rules).check(design);

        assertThat(findings).hasSize(200 * ids.size());
        assertThat(findings.subList(0, ids.size())).extracting(Finding::ruleId).containsOnly("TEST-001");
        assertThat(findings.subList(0, ids.size())).extracting(Finding::primaryElement).containsExactlyElementsOf(ids);
        var severities = findings.stream().map(Finding::severity).toList();
        assertThat(severities.indexOf(Severity.WARNING)).isEqualTo(severities.lastIndexOf(Severity.ERROR) + 1);
        assertThat(findings).isEqualTo(new RuleSet(rules).check(design));
    }

    @Test
    void aRuleThatFailsIsNamedWithTheDesign() {
        var rules = new RuleSet(List.of(rule("TEST-OK", d -> List.of()),
                rule("TEST-BROKEN", d -> List.of(List.<Finding>of().get(1)))));

        assertThatThrownBy(() -> rules.check(design))
                .hasMessageContaining("rule TEST-BROKEN failed on design '" + design.name() + "'");
    }

    private static Rule rule(String id, Function<Design, List<Finding>> check) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> check(Design design) {
                return check.apply(design);
            }
        };
    }
}
