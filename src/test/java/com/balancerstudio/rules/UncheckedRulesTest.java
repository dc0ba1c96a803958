package com.balancerstudio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every rule of the catalog is checked by validation or says why it is not, and never both. */
class UncheckedRulesTest {
    private final Catalog catalog = Catalog.bundled();
    private final RuleSet core = CoreRules.create(catalog);

    @Test
    void everyCatalogRuleIsCheckedOrExplained() {
        var unexplained = catalog.entries().stream().map(CatalogEntry::id)
                .filter(id -> !core.ids().contains(id) && UncheckedRules.reason(id).isEmpty()).toList();

        assertThat(unexplained).as("catalog rules neither checked nor explained").isEmpty();
    }

    @Test
    void aCheckedRuleIsNotExplainedAway() {
        assertThat(UncheckedRules.ids()).allSatisfy(id -> {
            assertThat(catalog.contains(id)).as("%s is a catalog rule", id).isTrue();
            assertThat(core.ids()).as("%s is explained as not checked", id).doesNotContain(id);
        });
    }
}
