package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.rules.kinds.KindDesigns.lb;
import static com.balancerstudio.rules.kinds.KindDesigns.plus;
import static com.balancerstudio.rules.kinds.KindDesigns.securityGroup;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Gateway Load Balancer rules of the catalog that the core set leaves out. */
class GatewayLoadBalancerRulesTest {
    private final LoadBalancer gwlb = lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a", "private-b");

    @Test
    void anInternalGatewayLoadBalancerIsRefusedAndTheQuickFixRemovesTheScheme() {
        var design = plus(Fixtures.webTier(), LoadBalancerChanges.withInternal(gwlb, true));
        assertThat(findings(design, "ELB-GWLB-001")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("You can't specify a scheme for a Gateway Load Balancer.");
            assertThat(f.elementIds()).containsExactly(ids("gwlb"));
            assertThat(f.quickFix().label()).isEqualTo("Remove the scheme of 'gwlb'");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("gwlb"), LoadBalancer.class).internal()).isFalse();
            assertThat(findings(fixed, "ELB-GWLB-001")).isEmpty();
        });
    }

    @Test
    void aGatewayLoadBalancerWithoutSchemeOrSecurityGroupIsRight() {
        var design = plus(Fixtures.webTier(), gwlb);
        assertThat(findings(design, "ELB-GWLB-001")).isEmpty();
        assertThat(findings(design, "ELB-GWLB-002")).isEmpty();
        // Near miss: an internal Network Load Balancer has a scheme and security groups by right.
        var nlb = LoadBalancerChanges.withSecurityGroups(lb("nlb", LoadBalancerType.NETWORK, true, "private-a"),
                List.of(id("sg")));
        assertThat(findings(plus(Fixtures.webTier(), nlb, securityGroup("sg")), "ELB-GWLB-002")).isEmpty();
        assertThat(findings(plus(Fixtures.webTier(), nlb, securityGroup("sg")), "ELB-GWLB-001")).isEmpty();
    }

    @Test
    void securityGroupsOnAGatewayLoadBalancerAreRefusedAndTheQuickFixRemovesThem() {
        var design = plus(Fixtures.webTier(), LoadBalancerChanges.withSecurityGroups(gwlb, List.of(id("sg"))),
                securityGroup("sg"));
        assertThat(findings(design, "ELB-GWLB-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Security groups cannot be associated with a Gateway Load Balancer.");
            assertThat(f.elementIds()).containsExactly(ids("gwlb", "sg"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("gwlb"), LoadBalancer.class).securityGroupIds()).isEmpty();
            assertThat(findings(fixed, "ELB-GWLB-002")).isEmpty();
        });
    }
}
