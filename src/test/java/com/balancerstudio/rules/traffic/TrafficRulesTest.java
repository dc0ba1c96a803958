package com.balancerstudio.rules.traffic;

import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import org.junit.jupiter.api.Test;

class TrafficRulesTest {
    private static final String[] IDS = {
        "ELB-LSN-003", "ELB-LSN-007", "ELB-TLS-001", "ELB-TLS-009", "ELB-RULE-003", "ELB-RULE-007", "ELB-RULE-008",
        "ELB-TG-021", "ELB-HC-003", "ELB-HC-006", "ELB-TGT-001", "ELB-TGT-007", "ELB-HA-001", "ELB-HA-002",
        "ELB-HA-004", "ELB-SEC-001", "ELB-ASG-001"};

    @Test
    void everyRuleOfTheAreaIsRegisteredOnceAndRunsInTheCoreSet() {
        var ids = TrafficRules.all(Catalog.bundled()).stream().map(Rule::id).toList();

        assertThat(ids).containsExactlyInAnyOrder(IDS);
        assertThat(RuleRunner.core().ids()).contains(IDS);
    }

    @Test
    void theReferenceWebTierBreaksNoTrafficRule() {
        var clean = Fixtures.webTier();
        for (var id : IDS) {
            assertThat(findings(clean, id)).as(id).isEmpty();
        }
    }
}
