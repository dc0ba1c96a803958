package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withSubnets;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class InternetFacingInPublicSubnetsTest {
    private static final String RULE = "ELB-GEN-007";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    @Test
    void internetFacingBalancerInPrivateSubnetIsRefused() {
        var design = with(clean, withSubnets(alb, "public-a", "private-b"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Internet-facing load balancer web-alb uses private subnet private-b;"
                    + " clients on the internet cannot reach the node in us-east-1b.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "private-b"));
        });
    }

    @Test
    void quickFixSwapsInTheZonesPublicSubnet() {
        var design = with(clean, withSubnets(alb, "public-a", "private-b"));
        var fix = findings(design, RULE).get(0).quickFix();

        assertThat(fix.label()).isEqualTo("Use public subnet public-b (us-east-1b) instead of private-b");
        var fixed = fix.apply(design);
        assertThat(fixed.get(id("web-alb"), LoadBalancer.class).subnetIds()).containsExactly(ids("public-a", "public-b"));
        assertThat(findings(fixed, RULE)).isEmpty();
    }

    @Test
    void networkLoadBalancersAreCheckedToo() {
        var design = plus(clean, lb("nlb", LoadBalancerType.NETWORK, false, "private-a"));
        assertThat(findings(design, RULE)).singleElement().satisfies(f ->
                assertThat(f.elementIds()).containsExactly(ids("nlb", "private-a")));
    }

    @Test
    void noQuickFixWhenTheZonesPublicSubnetIsAlreadyUsed() {
        var design = with(clean, withSubnets(alb, "public-a", "private-a"));
        assertThat(findings(design, RULE)).singleElement().satisfies(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void internalAndGatewayBalancersMayUsePrivateSubnets() {
        assertThat(findings(clean, RULE)).isEmpty();
        var design = plus(clean, lb("internal-nlb", LoadBalancerType.NETWORK, true, "private-a", "private-b"),
                lb("gwlb", LoadBalancerType.GATEWAY, false, "private-a", "private-b"));
        assertThat(findings(design, RULE)).isEmpty();
    }
}
