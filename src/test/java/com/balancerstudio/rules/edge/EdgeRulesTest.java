package com.balancerstudio.rules.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edge rules are the ones this package implements, each once, and the core rule set runs them. */
class EdgeRulesTest {
    private static final List<String> IDS = List.of("ELB-SEC-002", "ELB-SEC-003", "ELB-SEC-004", "ELB-SEC-005",
            "ELB-SEC-007", "ELB-LOG-001", "ELB-LOG-002", "ELB-LOG-004", "ELB-LOG-007", "ELB-WAF-002", "ELB-WAF-004",
            "ELB-WAF-005", "ELB-WAF-006", "ELB-R53-003", "ELB-R53-005", "ELB-R53-006",
            "ELB-LOG-003", "ELB-LOG-005", "ELB-LOG-006");

    @Test
    void registersEachEdgeRuleOnceAndTheCoreSetRunsThem() {
        assertThat(EdgeRules.all(Catalog.bundled())).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(RuleRunner.core().ids()).containsAll(IDS);
    }
}
