package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The Application Load Balancer rules of the catalog that the core set leaves out. */
class ApplicationLoadBalancerRulesTest {
    private final LoadBalancer alb = Fixtures.get(Fixtures.webTier(), "web-alb", LoadBalancer.class);

    private static LoadBalancer withIdleTimeout(LoadBalancer l, Integer seconds) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), seconds, l.enableDeletionProtection(),
                l.accessLogs(), l.webAclId(), l.enableHttp2(), l.enableCrossZoneLoadBalancing(), l.instanceIds(),
                l.healthCheck(), l.connectionDrainingTimeout());
    }

    @Test
    void turningCrossZoneOffOnAnAlbIsRefusedAndTheQuickFixRemovesTheSetting() {
        var design = Fixtures.with(Fixtures.webTier(), LoadBalancerChanges.withCrossZone(alb, false));
        assertThat(findings(design, "ELB-XZ-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("Cross-zone load balancing is always on for Application Load Balancers");
            assertThat(f.elementIds()).containsExactly(ids("web-alb"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("web-alb"), LoadBalancer.class).enableCrossZoneLoadBalancing()).isNull();
            assertThat(findings(fixed, "ELB-XZ-001")).isEmpty();
        });
    }

    @Test
    void anAlbWithCrossZoneUnsetOrOnIsRight() {
        assertThat(findings(Fixtures.webTier(), "ELB-XZ-001")).isEmpty();
        var on = Fixtures.with(Fixtures.webTier(), LoadBalancerChanges.withCrossZone(alb, true));
        assertThat(findings(on, "ELB-XZ-001")).isEmpty();
    }

    @Test
    void anIdleTimeoutOfZeroIsRefusedAndOneToFourThousandIsRight() {
        var design = Fixtures.with(Fixtures.webTier(), withIdleTimeout(alb, 0));
        assertThat(findings(design, "ELB-IDLE-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("ALB idle timeout 0s is out of range (1-4000 s).");
            assertThat(f.elementIds()).containsExactly(ids("web-alb"));
        });
        assertThat(findings(Fixtures.with(Fixtures.webTier(), withIdleTimeout(alb, 4000)), "ELB-IDLE-001")).isEmpty();
        assertThat(findings(Fixtures.with(Fixtures.webTier(), withIdleTimeout(alb, 1)), "ELB-IDLE-001")).isEmpty();
    }
}
