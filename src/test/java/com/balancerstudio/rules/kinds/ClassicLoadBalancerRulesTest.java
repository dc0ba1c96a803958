package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.classic;
import static com.balancerstudio.rules.kinds.KindDesigns.classicDesign;
import static com.balancerstudio.rules.kinds.KindDesigns.classicListener;
import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Classic Load Balancer rules of the catalog that the core set leaves out. */
class ClassicLoadBalancerRulesTest {
    private final LoadBalancer clb = classic();

    @Test
    void aRecommendedClassicLoadBalancerBreaksNoneOfTheseRules() {
        var design = classicDesign(clb, classicListener("clb-http", Protocol.HTTP, 80, Protocol.HTTP, 80),
                classicListener("tls", Protocol.SSL, 8443, Protocol.SSL, 8443));
        for (var rule : List.of("ELB-CLB-001", "ELB-CLB-002", "ELB-CLB-006", "ELB-CLB-007", "ELB-CLB-008",
                "ELB-CLB-011", "ELB-CLB-012", "ELB-IDLE-002")) {
            assertThat(findings(design, rule)).as(rule).isEmpty();
        }
    }

    @Test
    void aClassicLoadBalancerWithoutSubnetsIsRefused() {
        var design = classicDesign(clb.withSubnetMappings(List.of()));
        assertThat(findings(design, "ELB-CLB-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Classic Load Balancer clb must have at least one subnet at all times.");
            assertThat(f.elementIds()).containsExactly(ids("clb"));
        });
    }

    @Test
    void httpInFrontOfTcpIsRefusedAndSoIsSslInFrontOfHttps() {
        var design = classicDesign(clb, classicListener("mixed", Protocol.HTTP, 80, Protocol.TCP, 8080),
                classicListener("tls", Protocol.SSL, 443, Protocol.HTTPS, 443));
        assertThat(findings(design, "ELB-CLB-002")).hasSize(2).first().satisfies(f -> {
            filled(f);
            assertThat(f.message()).startsWith("CLB listener HTTP:80 -> TCP:8080 is invalid");
            assertThat(f.elementIds()).containsExactly(ids("mixed", "clb"));
        });
    }

    @Test
    void connectionDrainingOutsideItsRangeIsRefused() {
        var design = classicDesign(clb.withConnectionDrainingTimeout(3601));
        assertThat(findings(design, "ELB-CLB-006")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("CLB connection draining timeout 3601s is out of range (1-3600 s).");
            assertThat(f.elementIds()).containsExactly(ids("clb"));
        });
        assertThat(findings(classicDesign(clb.withConnectionDrainingTimeout(3600)), "ELB-CLB-006"))
                .isEmpty();
    }

    @Test
    void connectionDrainingOffIsWarnedAndTheQuickFixDrainsForThreeHundredSeconds() {
        var design = classicDesign(clb.withConnectionDrainingTimeout(null));
        assertThat(findings(design, "ELB-CLB-007")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("Connection draining is disabled on clb;");
            assertThat(f.quickFix().label()).isEqualTo("Drain connections of 'clb' for 300 s");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("clb"), LoadBalancer.class).connectionDrainingTimeout()).isEqualTo(300);
            assertThat(findings(fixed, "ELB-CLB-007")).isEmpty();
        });
    }

    @Test
    void crossZoneLeftUnsetIsOffAndTheQuickFixTurnsItOn() {
        var design = classicDesign(clb.withCrossZoneLoadBalancing(null));
        assertThat(findings(design, "ELB-CLB-008")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Cross-zone load balancing is off on clb; each node only uses"
                    + " instances in its own AZ.");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("clb"), LoadBalancer.class).enableCrossZoneLoadBalancing()).isTrue();
            assertThat(findings(fixed, "ELB-CLB-008")).isEmpty();
        });
        assertThat(findings(classicDesign(clb.withCrossZoneLoadBalancing(false)), "ELB-CLB-008")).hasSize(1);
    }

    @Test
    void everyClassicLoadBalancerIsNotedAsPreviousGenerationAndNothingElseIs() {
        assertThat(findings(classicDesign(clb), "ELB-CLB-009")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementIds()).containsExactly(ids("clb"));
        });
        assertThat(findings(com.balancerstudio.testing.Fixtures.webTier(), "ELB-CLB-009")).isEmpty();
    }

    @Test
    void terminatingTlsInFrontOfPlainHttpIsNoted() {
        var design = classicDesign(clb, classicListener("offload", Protocol.HTTPS, 443, Protocol.HTTP, 80));
        assertThat(findings(design, "ELB-CLB-011")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("CLB listener offload terminates TLS and sends unencrypted traffic to"
                    + " instances.");
            assertThat(f.elementIds()).containsExactly(ids("offload", "clb"));
        });
    }

    @Test
    void aClassicLoadBalancerWithoutSecurityGroupIsWarned() {
        var design = classicDesign(clb.withSecurityGroups(List.of()));
        assertThat(findings(design, "ELB-CLB-012")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("CLB clb has no security group;");
        });
    }

    @Test
    void idleTimeoutOutsideOneToFourThousandSecondsIsRefused() {
        var lb = clb.withIdleTimeout(4001);
        assertThat(findings(classicDesign(lb), "ELB-IDLE-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Classic Load Balancer idle timeout 4001s is out of range (1-4000 s).");
            assertThat(f.elementIds()).containsExactly(ids("clb"));
        });
    }
}
