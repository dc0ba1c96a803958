package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Target group and listener attributes that Terraform writes, and those it cannot, which the export lists. */
class BalancingAttributesExportTest {
    private static final TargetGroup GROUP = Fixtures.get(Fixtures.webTier(), "web-tg", TargetGroup.class);

    @Test
    void theTargetsKeepAliveIsAFactAboutTheApplicationAndIsListedAsNotExpressed() {
        var config = TerraformExport.of(Fixtures.with(Fixtures.webTier(), GROUP.withTargetKeepAliveSeconds(75)));

        assertThat(config.notExpressed()).extracting(NotExpressed::toString).contains("web-tg: the application on the "
                + "targets keeps idle HTTP connections 75 s: a fact about the targets, nothing to configure in Terraform");
        assertThat(config.files().get("load_balancing.tf")).doesNotContain("75");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void targetFailoverOutsideAGatewayLoadBalancerTargetGroupIsLeftOutAndSaidSo() {
        var failover = new TargetFailover(TargetFailoverMode.REBALANCE, TargetFailoverMode.REBALANCE);
        var config = TerraformExport.of(Fixtures.with(Fixtures.webTier(), GROUP.withTargetFailover(failover)));

        assertThat(config.notExpressed()).extracting(NotExpressed::toString).contains("web-tg: target failover "
                + "belongs to Gateway Load Balancer (GENEVE) target groups; left out");
        assertThat(config.files().get("load_balancing.tf")).doesNotContain("target_failover");
    }
}
