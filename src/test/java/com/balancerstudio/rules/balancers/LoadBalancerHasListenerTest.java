package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.listener;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LoadBalancerHasListenerTest {
    private static final String RULE = "ELB-GEN-012";
    private final Design clean = Fixtures.webTier();

    @Test
    void balancerWithoutListenerIsReported() {
        var design = plus(clean, lb("nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Load balancer nlb has no listener and cannot receive traffic.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(ids("nlb"));
        });
    }

    @Test
    void oneListenerIsEnough() {
        assertThat(findings(clean, RULE)).isEmpty();
        var nlb = lb("nlb", LoadBalancerType.NETWORK, false, "public-a", "public-b");
        var design = plus(clean, nlb, listener("tcp", nlb, Protocol.TCP, 80,
                new Action.FixedResponse("text/plain", "ok", "200", null)));
        assertThat(findings(design, RULE)).isEmpty();
    }
}
