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

class NlbElasticIpsOnlyWhenInternetFacingTest {
    private static final String RULE = "ELB-NLB-002";
    private static final String MESSAGE = "Elastic IPs are allowed only on internet-facing NLBs, one EIP per subnet mapping.";
    private final Design clean = Fixtures.webTier();

    private static ElasticIp eip(String name) {
        return new ElasticIp(id(name), name, id("us-east-1"), null, null);
    }

    private static LoadBalancer nlb(String name, boolean internal, String subnetA, String eipA, String subnetB, String eipB) {
        return withMappings(lb(name, LoadBalancerType.NETWORK, internal),
                new SubnetMapping(id(subnetA), eipA == null ? null : id(eipA), null),
                new SubnetMapping(id(subnetB), eipB == null ? null : id(eipB), null));
    }

    private Design withEips(LoadBalancer... balancers) {
        var design = plus(clean, eip("nlb-eip-a"), eip("nlb-eip-b"));
        return plus(design, balancers);
    }

    @Test
    void internalNlbWithElasticIpIsRefusedAndTheQuickFixTakesItOff() {
        var design = withEips(nlb("nlb", true, "private-a", "nlb-eip-a", "private-b", null));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("NLB nlb: " + MESSAGE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(ids("nlb", "nlb-eip-a"));
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("nlb"), LoadBalancer.class).subnetMappings().get(0).allocationId()).isNull();
            assertThat(findings(fixed, RULE)).isEmpty();
        });
    }

    @Test
    void oneElasticIpInTwoMappingsIsRefusedWithoutAGuess() {
        var design = withEips(nlb("nlb", false, "public-a", "nlb-eip-a", "public-b", "nlb-eip-a"));

        assertThat(findings(design, RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("NLB nlb: " + MESSAGE);
            assertThat(f.elementIds()).containsExactly(ids("nlb", "nlb-eip-a"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void twoNlbsSharingAnElasticIpAreBothReported() {
        var design = withEips(nlb("nlb", false, "public-a", "nlb-eip-a", "public-b", "nlb-eip-b"),
                nlb("nlb-2", false, "public-a", "nlb-eip-a", "public-b", null));
        assertThat(findings(design, RULE)).extracting(f -> f.elementIds().get(0)).containsExactly(ids("nlb", "nlb-2"));
    }

    @Test
    void internetFacingNlbWithOneElasticIpPerMappingIsFine() {
        assertThat(findings(clean, RULE)).isEmpty();
        assertThat(findings(withEips(nlb("nlb", false, "public-a", "nlb-eip-a", "public-b", "nlb-eip-b")), RULE)).isEmpty();
        // Near miss: an internal NLB without Elastic IPs.
        assertThat(findings(withEips(nlb("nlb", true, "private-a", null, "private-b", null)), RULE)).isEmpty();
    }
}
