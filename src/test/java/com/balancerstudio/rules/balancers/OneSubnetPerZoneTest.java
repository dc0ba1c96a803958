package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.withSubnets;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class OneSubnetPerZoneTest {
    private static final String RULE = "ELB-GEN-003";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    @Test
    void twoSubnetsInOneZoneAreRefused() {
        var design = with(clean, withSubnets(alb, "public-a", "private-a", "public-b"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Load balancer web-alb has 2 subnets in us-east-1a; you can specify only"
                    + " one subnet per Availability Zone.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "public-a", "private-a"));
        });
    }

    @Test
    void oneSubnetInEachZoneIsFine() {
        assertThat(findings(clean, RULE)).isEmpty();
        // Near miss: a public and a private subnet, but in different zones.
        var design = with(clean, withSubnets(alb, "public-a", "private-b"));
        assertThat(findings(design, RULE)).isEmpty();
    }
}
