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

class AlbSubnetsSpanTwoZonesTest {
    private static final String RULE = "ELB-ALB-001";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);
    private final Design oneZone = with(clean, withSubnets(alb, "public-a"));

    @Test
    void albInOneZoneIsRefused() {
        assertThat(findings(oneZone, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Application Load Balancer web-alb must have subnets in at least two"
                    + " Availability Zones (has 1).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "public-a"));
        });
    }

    @Test
    void quickFixAddsThePublicSubnetOfAnotherZone() {
        var fix = findings(oneZone, RULE).get(0).quickFix();

        assertThat(fix.label()).isEqualTo("Add subnet public-b (us-east-1b)");
        var fixed = fix.apply(oneZone);
        assertThat(fixed.get(id("web-alb"), LoadBalancer.class).subnetIds()).containsExactly(ids("public-a", "public-b"));
        assertThat(findings(fixed, RULE)).isEmpty();
    }

    @Test
    void quickFixForAnInternalAlbPrefersAPrivateSubnet() {
        var internal = plus(clean, lb("internal-alb", LoadBalancerType.APPLICATION, true, "private-a"));
        var fix = findings(internal, RULE).get(0).quickFix();

        assertThat(fix.label()).isEqualTo("Add subnet private-b (us-east-1b)");
        assertThat(findings(fix.apply(internal), RULE)).isEmpty();
    }

    @Test
    void albWithoutSubnetsGetsTwo() {
        var design = with(clean, withSubnets(alb));
        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).endsWith("(has 0).");
            assertThat(f.quickFix().label()).isEqualTo("Add subnets public-a (us-east-1a) and public-b (us-east-1b)");
            assertThat(findings(f.quickFix().apply(design), RULE)).isEmpty();
        });
    }

    @Test
    void twoZonesAreEnoughAndOtherKindsMayUseOne() {
        assertThat(findings(clean, RULE)).isEmpty();
        assertThat(findings(plus(clean, lb("nlb", LoadBalancerType.NETWORK, false, "public-a")), RULE)).isEmpty();
    }
}
