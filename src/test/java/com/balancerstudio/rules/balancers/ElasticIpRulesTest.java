package com.balancerstudio.rules.balancers;

import static com.balancerstudio.rules.balancers.Designs.filled;
import static com.balancerstudio.rules.balancers.Designs.id;
import static com.balancerstudio.rules.balancers.Designs.ids;
import static com.balancerstudio.rules.balancers.Designs.lb;
import static com.balancerstudio.rules.balancers.Designs.plus;
import static com.balancerstudio.rules.balancers.Designs.withMappings;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ELB-ALB-002, ELB-GWLB-003 and ELB-CLB-013: kinds of load balancer that take no Elastic IP. */
class ElasticIpRulesTest {
    private final Design clean = Fixtures.webTier();

    private static ElasticIp eip(String name) {
        return new ElasticIp(id(name), name, id("us-east-1"), null, null);
    }

    /** A balancer of the kind in both public subnets, with an Elastic IP on the mapping in public-a. */
    private static LoadBalancer withEip(String name, LoadBalancerType type) {
        return withMappings(lb(name, type, false), new SubnetMapping(id("public-a"), id("lb-eip"), null),
                SubnetMapping.of(id("public-b")));
    }

    @ParameterizedTest
    @CsvSource({
        "ELB-ALB-002, APPLICATION, Application Load Balancers cannot use Elastic IP addresses.",
        "ELB-GWLB-003, GATEWAY, Gateway Load Balancers cannot use Elastic IP addresses.",
        "ELB-CLB-013, CLASSIC, Classic Load Balancers cannot use Elastic IP addresses (their node IPs change; use the DNS name).",
    })
    void elasticIpIsRefusedAndTheQuickFixTakesItOff(String rule, LoadBalancerType type, String message) {
        var design = plus(clean, eip("lb-eip"), withEip("lb", type));

        assertThat(findings(design, rule)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("lb", "lb-eip"));
            assertThat(f.quickFix().label()).isEqualTo("Remove the Elastic IP from lb");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("lb"), LoadBalancer.class).subnetMappings())
                    .containsExactly(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b")));
            assertThat(findings(fixed, rule)).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource({"ELB-ALB-002", "ELB-GWLB-003", "ELB-CLB-013"})
    void balancersWithoutElasticIpsAndNlbsWithThemAreLeftAlone(String rule) {
        assertThat(findings(clean, rule)).isEmpty();
        // Near miss: the one kind that may carry Elastic IPs.
        assertThat(findings(plus(clean, eip("lb-eip"), withEip("nlb", LoadBalancerType.NETWORK)), rule)).isEmpty();
    }

    @Test
    void allElasticIpsOfAMappingListAreCountedInTheQuickFixLabel() {
        var alb = withMappings(lb("alb-2", LoadBalancerType.APPLICATION, false),
                new SubnetMapping(id("public-a"), id("lb-eip"), null), new SubnetMapping(id("public-b"), id("lb-eip-2"), null));
        var design = plus(clean, eip("lb-eip"), eip("lb-eip-2"), alb);
        assertThat(findings(design, "ELB-ALB-002")).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(ids("alb-2", "lb-eip", "lb-eip-2"));
            assertThat(f.quickFix().label()).isEqualTo("Remove 2 Elastic IPs from alb-2");
        });
    }
}
