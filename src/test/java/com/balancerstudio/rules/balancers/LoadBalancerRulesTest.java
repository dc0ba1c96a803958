package com.balancerstudio.rules.balancers;

import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import org.junit.jupiter.api.Test;

class LoadBalancerRulesTest {
    private static final String[] IDS = {"ELB-GEN-002", "ELB-GEN-003", "ELB-GEN-006", "ELB-GEN-007", "ELB-GEN-012",
        "ELB-GEN-013", "ELB-XZ-003", "ELB-ALB-001", "ELB-ALB-002", "ELB-NLB-002", "ELB-GWLB-003", "ELB-GWLB-004",
        "ELB-GWLB-005", "ELB-CLB-003", "ELB-CLB-004", "ELB-CLB-005", "ELB-CLB-013", "ELB-QTA-003", "ELB-WAF-001",
        "ELB-R53-001"};

    @Test
    void everyRuleOfTheAreaIsRegisteredInTheCoreSet() {
        assertThat(LoadBalancerRules.all(Catalog.bundled())).extracting(Rule::id).containsExactlyInAnyOrder(IDS);
        assertThat(RuleRunner.core().ids()).contains(IDS);
    }

    @Test
    void theReferenceDesignBreaksNoneOfThem() {
        var design = Fixtures.webTier();
        for (var id : IDS) {
            assertThat(findings(design, id)).as(id).isEmpty();
        }
    }
}
