package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Target group and listener attributes added after the first format: written under their Terraform names, optional. */
class BalancingAttributesFileTest {
    private static final TargetGroup GROUP = Fixtures.get(Fixtures.webTier(), "web-tg", TargetGroup.class);

    @Test
    void targetFailoverIsWrittenWithTerraformNamesAndReadBack() throws Exception {
        var failover = new TargetFailover(TargetFailoverMode.REBALANCE, TargetFailoverMode.REBALANCE);
        var design = Fixtures.with(Fixtures.webTier(), GROUP.withTargetFailover(failover));

        var json = DesignFile.toJson(design);

        assertThat(json).contains("\"target_failover\": {", "\"on_deregistration\": \"rebalance\"",
                "\"on_unhealthy\": \"rebalance\"");
        assertThat(DesignFile.parse(json, "test")).isEqualTo(design);
    }

    @Test
    void aFileWithoutTheNewAttributesLoadsWithAwsDefaults() throws Exception {
        var json = DesignFile.toJson(Fixtures.webTier());
        assertThat(json).doesNotContain("target_failover").doesNotContain("target_keep_alive_seconds");

        var read = DesignFile.parse(json, "old");

        assertThat(Fixtures.get(read, "web-tg", TargetGroup.class).targetFailover()).isNull();
        assertThat(Fixtures.get(read, "web-tg", TargetGroup.class).targetKeepAliveSeconds()).isNull();
    }

    @Test
    void targetFailoverWithOnlyOneOfItsTwoSettingsIsRefusedWithTheReason() {
        var json = DesignFile.toJson(Fixtures.webTier())
                .replace("\"type\": \"target_group\",", "\"type\": \"target_group\",\n"
                        + "      \"target_failover\": {\"on_deregistration\": \"rebalance\"},");

        assertThatThrownBy(() -> DesignFile.parse(json, "half.balancer.json"))
                .isInstanceOf(DesignFileException.class)
                .hasMessageContaining("target_failover.on_unhealthy is required");
    }

    @Test
    void theTargetsKeepAliveIsWrittenAndReadBack() throws Exception {
        var design = Fixtures.with(Fixtures.webTier(), GROUP.withTargetKeepAliveSeconds(75));

        var json = DesignFile.toJson(design);

        assertThat(json).contains("\"target_keep_alive_seconds\": 75");
        assertThat(DesignFile.parse(json, "test")).isEqualTo(design);
    }

    @Test
    void aClassicListenersStickinessPolicyIsWrittenAndReadBack() throws Exception {
        var http = Fixtures.get(Fixtures.webTier(), "http", Listener.class);
        var policy = new ClassicStickinessPolicy(ClassicStickinessType.APP_COOKIE, null, "JSESSIONID");
        var design = Fixtures.with(Fixtures.webTier(), http.withStickinessPolicy(policy));

        var json = DesignFile.toJson(design);

        assertThat(json).contains("\"stickiness_policy\": {", "\"type\": \"app_cookie\"",
                "\"cookie_name\": \"JSESSIONID\"");
        assertThat(DesignFile.parse(json, "test")).isEqualTo(design);
    }
}
