package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.classic;
import static com.balancerstudio.rules.kinds.KindDesigns.classicDesign;
import static com.balancerstudio.rules.kinds.KindDesigns.classicListener;
import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ELB-CLB-010: a Classic Load Balancer publishes its access logs every 5 or every 60 minutes. */
class ClassicLogEmitIntervalTest {
    private static Design classicLoggingEvery(Integer minutes) {
        var clb = classic().withAccessLogs(new AccessLogs(true, "clb-logs", null, minutes));
        return classicDesign(clb, classicListener("clb-http", Protocol.HTTP, 80, Protocol.HTTP, 80));
    }

    @Test
    void anotherIntervalIsRefusedAndTheQuickFixPicksTheNearerOne() {
        var design = classicLoggingEvery(15);

        var found = findings(design, "ELB-CLB-010");
        assertThat(found).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("CLB access log emit interval must be 5 or 60 minutes.");
            assertThat(f.elementIds()).containsExactly(id("clb"));
        });
        var fixed = found.get(0).quickFixEdit().orElseThrow().apply(design);
        assertThat(fixed.get(id("clb"), LoadBalancer.class).accessLogs())
                .isEqualTo(new AccessLogs(true, "clb-logs", null, 5));
        assertThat(findings(fixed, "ELB-CLB-010")).isEmpty();
        var nearSixty = findings(classicLoggingEvery(45), "ELB-CLB-010").get(0).quickFixEdit().orElseThrow()
                .apply(classicLoggingEvery(45));
        assertThat(nearSixty.get(id("clb"), LoadBalancer.class).accessLogs().emitInterval()).isEqualTo(60);
    }

    @Test
    void fiveSixtyOrTheDefaultAreQuietAsIsAnAlbNotHavingTheSetting() {
        assertThat(findings(classicLoggingEvery(5), "ELB-CLB-010")).isEmpty();
        assertThat(findings(classicLoggingEvery(60), "ELB-CLB-010")).isEmpty();
        assertThat(findings(classicLoggingEvery(null), "ELB-CLB-010")).isEmpty();
        assertThat(findings(Fixtures.webTier(), "ELB-CLB-010")).isEmpty();
    }
}
