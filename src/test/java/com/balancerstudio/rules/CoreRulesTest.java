package com.balancerstudio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreRulesTest {
    /** The core rules of the AWS rule catalog: what the core rule set must check at least (issue 6 adds the rest). */
    private static final List<String> CORE = List.of(
            "NET-REG-001", "NET-REG-002", "NET-VPC-001", "NET-SUB-001", "NET-SUB-002", "NET-SUB-003", "NET-RT-003",
            "NET-RT-006", "NET-IGW-001", "NET-NAT-001", "NET-NAT-002", "NET-NAT-004", "NET-NAT-007", "NET-EIP-001",
            "NET-EIP-002", "NET-EIP-003", "ELB-GEN-002", "ELB-GEN-003", "ELB-GEN-006", "ELB-GEN-007", "ELB-GEN-012",
            "ELB-GEN-013", "ELB-XZ-003", "ELB-ALB-001", "ELB-ALB-002", "ELB-NLB-002", "ELB-GWLB-003", "ELB-GWLB-004",
            "ELB-GWLB-005", "ELB-CLB-003", "ELB-CLB-004", "ELB-CLB-005", "ELB-CLB-013", "ELB-LSN-001", "ELB-LSN-002",
            "ELB-LSN-003", "ELB-LSN-007", "ELB-TLS-001", "ELB-TLS-009", "ELB-RULE-002", "ELB-RULE-003", "ELB-RULE-007",
            "ELB-RULE-008", "ELB-TG-002", "ELB-TG-004", "ELB-TG-012", "ELB-TG-021", "ELB-HC-001", "ELB-HC-002",
            "ELB-HC-003", "ELB-HC-004", "ELB-HC-006", "ELB-STK-001", "ELB-STK-002", "ELB-TGT-001", "ELB-TGT-007",
            "ELB-HA-001", "ELB-HA-002", "ELB-HA-004", "ELB-SEC-001", "ELB-WAF-001", "ELB-R53-001", "ELB-ASG-001",
            "ELB-QTA-003");

    @Test
    void theCoreSetChecksEveryCoreRule() {
        // The full catalog adds rules area by area; the core ones must all stay.
        assertThat(RuleRunner.core().ids()).containsAll(CORE);
    }

    @Test
    void everyCoreRuleCarriesItsCatalogSeverityAndSources() {
        var catalog = Catalog.bundled();
        for (var rule : RuleRunner.core().rules()) {
            var entry = catalog.entry(rule.id());
            assertThat(rule).isInstanceOf(CatalogRule.class);
            assertThat(((CatalogRule) rule).entry()).isEqualTo(entry);
            assertThat(entry.sourceUrls()).as(rule.id()).isNotEmpty().allMatch(url -> url.startsWith("https://"));
        }
    }

    @Test
    void theReferenceDesignHasNoProblemsOnlyItsTwoNotes() {
        // Notes (infos) are advice a correct design gets too: this one is public, and its TLS ends at the ALB.
        assertThat(RuleRunner.all(Fixtures.webTier())).extracting(f -> f.severity() + " " + f.ruleId())
                .containsExactlyInAnyOrder("info ELB-SEC-006", "info ELB-TG-023");
    }

    @Test
    void anEmptyDesignHasNothingToReport() {
        assertThat(RuleRunner.all(Design.empty("empty"))).isEmpty();
    }

    @Test
    void findingsComeErrorsFirst() {
        var design = Fixtures.webTier();
        var vpc = Fixtures.get(design, "vpc", com.balancerstudio.model.Vpc.class);
        var broken = design.withReplaced(new com.balancerstudio.model.Vpc(vpc.id(), vpc.name(), vpc.parent(),
                vpc.bounds(), com.balancerstudio.model.Cidr.parse("10.0.0.0/12"), List.of(), true));
        var findings = RuleRunner.all(broken);
        assertThat(findings).isNotEmpty();
        assertThat(findings).isSortedAccordingTo(java.util.Comparator.comparing(Finding::severity));
    }
}
