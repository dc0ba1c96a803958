package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withSubnets;
import static com.balancerstudio.testing.Fixtures.get;
import static com.balancerstudio.testing.Fixtures.with;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerSubnetsInOwnVpcTest {
    private static final String RULE = "ELB-GEN-002";
    private final Design clean = Fixtures.webTier();
    private final LoadBalancer alb = get(clean, "web-alb", LoadBalancer.class);

    /** The web tier plus a second VPC with one subnet in us-east-1b. */
    private Design withSecondVpc() {
        return plus(clean,
                new Vpc(id("other-vpc"), "other-vpc", id("us-east-1"), null, Cidr.parse("10.1.0.0/16"), List.of(), true),
                new AvailabilityZone(id("other-b"), "us-east-1b", id("other-vpc"), null, "us-east-1b"),
                new Subnet(id("other-public-b"), "other-public-b", id("other-b"), null, Cidr.parse("10.1.1.0/24"), false));
    }

    @Test
    void subnetOfAnotherVpcIsRefused() {
        var design = with(withSecondVpc(), withSubnets(alb, "public-a", "other-public-b"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("All subnets of load balancer web-alb must be in the same VPC (vpc).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("web-alb", "other-public-b"));
        });
    }

    @Test
    void subnetsOfItsOwnVpcAreFine() {
        assertThat(findings(clean, RULE)).isEmpty();
        // Near miss: a private subnet is an odd choice for an internet-facing ALB, but it is in the right VPC.
        var design = with(withSecondVpc(), withSubnets(alb, "public-a", "private-b"));
        assertThat(findings(design, RULE)).isEmpty();
    }
}
