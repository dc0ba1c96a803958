package com.balancerstudio.rules.addressing;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Ipv6Cidr;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.testing.RuleRunner;
import org.junit.jupiter.api.Test;

/** A subnet's IPv6 block is a /64 of its VPC's IPv6 block (NET-SUB-007). */
class SubnetIpv6RulesTest {
    private static final Ipv6Cidr VPC_BLOCK = Ipv6Cidr.parse("2600:1f14:abc:de00::/56");

    private static Design with(Boolean generated, Ipv6Cidr vpcBlock, Ipv6Cidr subnetBlock, Integer netnum) {
        var design = Fixtures.webTier();
        var vpc = Fixtures.get(design, "vpc", Vpc.class);
        var subnet = Fixtures.get(design, "public-a", Subnet.class);
        return design.withReplaced(vpc.withIpv6(generated, vpcBlock)).withReplaced(subnet.withIpv6(subnetBlock, netnum));
    }

    @Test
    void aSubnetWithIpv6InAVpcWithoutIsReportedOnTheSubnetAndTheVpc() {
        var findings = RuleRunner.findings(with(null, null, null, 0), "NET-SUB-007");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Subnet public-a IPv6 CIDR must be a /64 from the VPC's IPv6 block.");
            assertThat(f.elementIds()).extracting(ElementId::value).containsExactly("public-a", "vpc");
        });
    }

    @Test
    void aBlockOfAnotherSizeOutsideTheVpcOrWrittenOutUnderAGeneratedBlockIsReported() {
        assertThat(RuleRunner.findings(with(null, VPC_BLOCK, Ipv6Cidr.parse("2600:1f14:abc:de00::/60"), null),
                "NET-SUB-007")).hasSize(1);
        assertThat(RuleRunner.findings(with(null, VPC_BLOCK, Ipv6Cidr.parse("2600:1f14:abc:df00::/64"), null),
                "NET-SUB-007")).hasSize(1);
        assertThat(RuleRunner.findings(with(true, null, Ipv6Cidr.parse("2600:1f14:abc:de00::/64"), null),
                "NET-SUB-007")).hasSize(1);
        assertThat(RuleRunner.findings(with(true, null, null, 256), "NET-SUB-007")).hasSize(1);
    }

    @Test
    void aSlash64OfTheVpcBlockWrittenOutOrNumberedIsQuiet() {
        assertThat(RuleRunner.findings(with(null, VPC_BLOCK, Ipv6Cidr.parse("2600:1f14:abc:deff::/64"), null),
                "NET-SUB-007")).isEmpty();
        assertThat(RuleRunner.findings(with(true, null, null, 255), "NET-SUB-007")).isEmpty();
        assertThat(RuleRunner.findings(with(null, VPC_BLOCK, null, 3), "NET-SUB-007")).isEmpty();
        assertThat(RuleRunner.findings(Fixtures.webTier(), "NET-SUB-007")).isEmpty();
    }
}
