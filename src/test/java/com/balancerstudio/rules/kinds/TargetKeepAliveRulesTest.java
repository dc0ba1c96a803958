package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.classic;
import static com.balancerstudio.rules.kinds.KindDesigns.classicDesign;
import static com.balancerstudio.rules.kinds.KindDesigns.classicListener;
import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ELB-IDLE-005: the application on the targets must keep idle connections longer than the load balancer does. */
class TargetKeepAliveRulesTest {
    private static Design webTier(Integer albIdle, Integer targetKeepAlive) {
        var design = Fixtures.webTier();
        var alb = Fixtures.get(design, "web-alb", LoadBalancer.class);
        var group = Fixtures.get(design, "web-tg", TargetGroup.class);
        return design.withReplaced(alb.withIdleTimeout(albIdle))
                .withReplaced(group.withTargetKeepAliveSeconds(targetKeepAlive));
    }

    @Test
    void targetsClosingIdleConnectionsNoLaterThanTheAlbAreReported() {
        assertThat(findings(webTier(null, 60), "ELB-IDLE-005")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo(
                    "Targets close idle connections before web-alb does (60s <= 60s); this can produce 502 errors.");
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "web-tg"));
            assertThat(f.quickFix()).isNull();
        });
        assertThat(findings(webTier(300, 120), "ELB-IDLE-005")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(120s <= 300s)"));
    }

    @Test
    void targetsKeepingConnectionsLongerOrNotStatedAreRight() {
        assertThat(findings(webTier(null, null), "ELB-IDLE-005")).isEmpty();
        // Near miss: one second longer than the default idle timeout of 60 s.
        assertThat(findings(webTier(null, 61), "ELB-IDLE-005")).isEmpty();
        assertThat(findings(webTier(30, 31), "ELB-IDLE-005")).isEmpty();
    }

    @Test
    void aClassicLoadBalancerWithHttpListenersChecksTheKeepAliveOfItsInstances() {
        var clb = classic().withTargetKeepAliveSeconds(5);
        var http = classicDesign(clb, classicListener("clb-http", Protocol.HTTP, 80, Protocol.HTTP, 80));
        assertThat(findings(http, "ELB-IDLE-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(
                    "Targets close idle connections before clb does (5s <= 60s); this can produce 502 errors.");
            assertThat(f.elementIds()).containsExactly(ids("clb"));
        });
    }

    @Test
    void aClassicLoadBalancerWithOnlyTcpListenersOrALongerKeepAliveIsRight() {
        var tcp = classicListener("clb-tcp", Protocol.TCP, 443, Protocol.TCP, 443);
        assertThat(findings(classicDesign(classic().withTargetKeepAliveSeconds(5), tcp), "ELB-IDLE-005")).isEmpty();
        var http = classicListener("clb-http", Protocol.HTTP, 80, Protocol.HTTP, 80);
        assertThat(findings(classicDesign(classic().withTargetKeepAliveSeconds(75), http), "ELB-IDLE-005")).isEmpty();
    }
}
