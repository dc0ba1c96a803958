package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.rules.kinds.KindDesigns.lb;
import static com.balancerstudio.rules.kinds.KindDesigns.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The Network Load Balancer rules of the catalog that the core set leaves out. */
class NetworkLoadBalancerRulesTest {
    @Test
    void aNetworkLoadBalancerWithoutSubnetIsRefused() {
        var design = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true));
        assertThat(findings(design, "ELB-NLB-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("Network Load Balancer nlb needs at least one subnet (one per AZ).");
            assertThat(f.elementIds()).containsExactly(ids("nlb"));
        });
    }

    @Test
    void aNetworkLoadBalancerInOneSubnetIsEnough() {
        var design = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(design, "ELB-NLB-001")).isEmpty();
    }
}
