package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.Fixtures;
import java.nio.file.Path;
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

    @Test
    void aStickyHttpsListenerOfAClassicLoadBalancerGetsAStickinessPolicyThatItsTlsPolicyKeeps() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/classic-load-balancer-legacy" + DesignFile.EXTENSION));
        var https = design.elementsOf(Listener.class).stream().filter(l -> l.protocol() == Protocol.HTTPS)
                .findFirst().orElseThrow();
        var sticky = design.withReplaced(https.withStickinessPolicy(
                new ClassicStickinessPolicy(ClassicStickinessType.LB_COOKIE, 600, null)));

        var config = TerraformExport.of(sticky);
        var text = config.files().get("load_balancing.tf");

        assertThat(text).contains("resource \"aws_lb_cookie_stickiness_policy\"", "lb_port                  = 443",
                "cookie_expiration_period = 600");
        // The listener policy sets all of the listener's policies: it must name the stickiness policy as well.
        assertThat(text).containsPattern("policy_names\\s*=\\s*\\[aws_load_balancer_policy\\.\\w+\\.policy_name, "
                + "aws_lb_cookie_stickiness_policy\\.\\w+\\.name\\]");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void aStickinessPolicyOnAnApplicationLoadBalancerListenerIsLeftOutAndSaidSo() {
        var http = Fixtures.get(Fixtures.webTier(), "http", Listener.class);
        var config = TerraformExport.of(Fixtures.with(Fixtures.webTier(), http.withStickinessPolicy(
                new ClassicStickinessPolicy(ClassicStickinessType.LB_COOKIE, null, null))));

        assertThat(config.notExpressed()).extracting(NotExpressed::toString).contains("http: a stickiness policy "
                + "belongs to Classic Load Balancer listeners; here stickiness is a target group setting; left out");
        assertThat(config.files().get("load_balancing.tf")).doesNotContain("stickiness_policy");
    }
}
