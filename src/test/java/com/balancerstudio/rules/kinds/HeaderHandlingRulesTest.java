package com.balancerstudio.rules.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DesyncMitigationMode;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The Application Load Balancer attributes about requests: invalid header names (ELB-ALB-004), desync mitigation
 * (ELB-ALB-005), client keep-alive (ELB-IDLE-004) and WAF fail open (ELB-WAF-005).
 */
class HeaderHandlingRulesTest {
    private static final Design CLEAN = Fixtures.webTier();

    private static Design changed(UnaryOperator<LoadBalancer> change) {
        return CLEAN.withReplaced(change.apply(Fixtures.get(CLEAN, "web-alb", LoadBalancer.class)));
    }

    private static LoadBalancer with(LoadBalancer l, Boolean drop, DesyncMitigationMode desync, Integer keepAlive,
                                     Boolean failOpen) {
        return l.withHeaderHandling(drop, desync).withClientKeepAlive(keepAlive).withWafFailOpen(failOpen);
    }

    @Test
    void theReferenceTierIsQuietOnAllFour() {
        for (var id : new String[]{"ELB-ALB-004", "ELB-ALB-005", "ELB-IDLE-004", "ELB-WAF-005"}) {
            assertThat(RuleRunner.findings(CLEAN, id)).as(id).isEmpty();
        }
    }

    @Test
    void anAlbThatKeepsInvalidHeadersIsWarnedAndTheFixDropsThem() {
        var design = changed(l -> with(l, null, null, null, null));

        var finding = RuleRunner.findings(design, "ELB-ALB-004");

        assertThat(finding).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("ALB web-alb forwards HTTP headers with invalid names to targets."));
        var fixed = finding.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(RuleRunner.findings(fixed, "ELB-ALB-004")).isEmpty();
        assertThat(Fixtures.get(fixed, "web-alb", LoadBalancer.class).dropInvalidHeaderFields()).isTrue();
    }

    @Test
    void desyncMitigationInMonitorModeIsWarnedAndTheFixGoesBackToDefensive() {
        var design = changed(l -> with(l, true, DesyncMitigationMode.MONITOR, null, null));

        var finding = RuleRunner.findings(design, "ELB-ALB-005");

        assertThat(finding).singleElement().satisfies(f -> assertThat(f.message()).startsWith(
                "Desync mitigation is in 'monitor' mode on web-alb"));
        var fixed = finding.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(Fixtures.get(fixed, "web-alb", LoadBalancer.class).desyncMitigationMode())
                .isEqualTo(DesyncMitigationMode.DEFENSIVE);
        assertThat(RuleRunner.findings(changed(l -> with(l, true, DesyncMitigationMode.STRICTEST, null, null)),
                "ELB-ALB-005")).isEmpty();
    }

    @Test
    void aClientKeepAliveOutOfRangeIsAnError() {
        assertThat(RuleRunner.findings(changed(l -> with(l, true, null, 59, null)), "ELB-IDLE-004")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("ALB client keep-alive 59s is out of range (60-604800 s)."));
        assertThat(RuleRunner.findings(changed(l -> with(l, true, null, 604_800, null)), "ELB-IDLE-004")).isEmpty();
    }

    @Test
    void wafFailOpenIsWarnedAndTheFixClosesIt() {
        var design = changed(l -> with(l, true, null, null, true));

        var finding = RuleRunner.findings(design, "ELB-WAF-005");

        assertThat(finding).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("ALB web-alb forwards requests to targets when it cannot reach AWS WAF (fail open)."));
        var fixed = finding.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(RuleRunner.findings(fixed, "ELB-WAF-005")).isEmpty();
        assertThat(RuleRunner.findings(changed(l -> with(l, true, null, null, false)), "ELB-WAF-005")).isEmpty();
    }
}
