package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Quota;
import com.balancerstudio.model.ValidationSettings;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Rules switched off with their reasons and raised quotas are saved with the design and read back. */
class ValidationSettingsFileTest {
    private final ValidationSettings settings = ValidationSettings.NONE
            .withRuleOff("ELB-LSN-007", "plain HTTP on purpose: the lesson is why")
            .withQuota(Quota.ELASTIC_IPS_PER_REGION, 10);

    @Test
    void settingsRoundTripAndAreWrittenBeforeTheElements() throws Exception {
        var design = Fixtures.webTier().withValidation(settings);

        var json = DesignFile.toJson(design);

        assertThat(json).contains("  \"validation\": {\n    \"disabled_rules\": [\n      {\n        \"rule\": \"ELB-LSN-007\",")
                .contains("    \"quotas\": {\n      \"elastic_ips_per_region\": 10\n    }\n  },\n  \"elements\": [");
        assertThat(DesignFile.parse(json, "web.balancer.json").validation()).isEqualTo(settings);
    }

    @Test
    void aDesignWithoutSettingsWritesNone() {
        assertThat(DesignFile.toJson(Fixtures.webTier())).doesNotContain("validation");
    }

    @Test
    void aRuleSwitchedOffWithoutAReasonIsRefusedWithWhere() {
        var json = DesignFile.toJson(Fixtures.webTier().withValidation(settings)).replace(
                "\"reason\": \"plain HTTP on purpose: the lesson is why\"", "\"reason\": \" \"");

        assertThatThrownBy(() -> DesignFile.parse(json, "web.balancer.json")).hasMessageContaining("web.balancer.json:")
                .hasMessageContaining("$.validation.disabled_rules[0]").hasMessageContaining("needs a reason");
    }

    @Test
    void anUnknownQuotaIsRefusedWithTheKnownNames() {
        var json = DesignFile.toJson(Fixtures.webTier().withValidation(settings))
                .replace("elastic_ips_per_region", "elastic_ip_per_region");

        assertThatThrownBy(() -> DesignFile.parse(json, "web.balancer.json"))
                .hasMessageContaining("at $.validation: 'elastic_ip_per_region' is not a quota a design can raise")
                .hasMessageContaining("known: elastic_ips_per_region, vpcs_per_region");
    }

    @Test
    void aQuotaBelowOneIsRefused() {
        var json = DesignFile.toJson(Fixtures.webTier().withValidation(settings)).replace(": 10", ": -3");

        assertThatThrownBy(() -> DesignFile.parse(json, "web.balancer.json"))
                .hasMessageContaining("quota elastic_ips_per_region must be a whole number of at least 1");
    }

    @Test
    void validationSettingsInAnOlderFormatAreRefused() {
        var json = DesignFile.toJson(Fixtures.webTier().withValidation(settings))
                .replace("\"formatVersion\": 3", "\"formatVersion\": 2");

        assertThatThrownBy(() -> DesignFile.parse(json, "old.balancer.json"))
                .hasMessageContaining("validation settings came with formatVersion 3");
    }
}
