package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VpcRulesTest {
    private final Design clean = Fixtures.webTier();
    private final Vpc vpc = get(clean, "vpc", Vpc.class);

    private Design withSecondary(String... blocks) {
        return change(clean, Tweaks.withBlocks(vpc, "10.0.0.0/16", blocks));
    }

    @Test
    void aSecondaryBlockOverlappingThePrimaryIsRefused() {
        assertThat(findings(withSecondary("10.0.0.0/20"), "NET-VPC-002")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("CIDR 10.0.0.0/20 cannot be associated with VPC vpc: it overlaps"
                    + " 10.0.0.0/16 of the same VPC.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("vpc"));
        });
    }

    @Test
    void aSecondaryBlockFromAnotherPrivateRangeOrTheLinkLocalRangeIsRefused() {
        assertThat(findings(withSecondary("192.168.0.0/16"), "NET-VPC-002")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("CIDR 192.168.0.0/16 cannot be associated with VPC"
                        + " vpc: the primary block 10.0.0.0/16 is in 10.0.0.0/8, so secondary blocks cannot come from"
                        + " 192.168.0.0/16."));
        assertThat(findings(withSecondary("169.254.0.0/16"), "NET-VPC-002")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("link-local range 169.254.0.0/16"));
    }

    @Test
    void aDisjointSecondaryBlockOfTheSameRangeIsAccepted() {
        assertThat(findings(withSecondary("10.1.0.0/16", "10.2.0.0/16"), "NET-VPC-002")).isEmpty();
        assertThat(findings(clean, "NET-VPC-002")).isEmpty();
    }

    @Test
    void aPubliclyRoutableVpcRangeIsNoted() {
        var design = add(clean, Tweaks.vpc("owned", "us-east-1", "54.10.0.0/16"));

        assertThat(findings(design, "NET-VPC-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("VPC owned uses publicly routable range 54.10.0.0/16; AWS recommends"
                    + " RFC1918 private ranges.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void privateAndSharedAddressRangesAreNotNoted() {
        var design = add(clean, Tweaks.vpc("carrier", "us-east-1", "100.64.0.0/16"),
                Tweaks.vpc("home", "us-east-1", "192.168.0.0/16"));

        assertThat(findings(design, "NET-VPC-003")).isEmpty();
    }

    @Test
    void aVpcOverlappingTheDockerBridgeRangeIsNoted() {
        var design = add(clean, Tweaks.vpc("wide", "us-east-1", "172.16.0.0/12"));

        assertThat(findings(design, "NET-VPC-004")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("VPC wide overlaps 172.17.0.0/16");
            assertThat(f.elementIds()).containsExactly(id("wide"));
        });
    }

    @Test
    void aNeighbouringRangeIsNotNoted() {
        assertThat(findings(add(clean, Tweaks.vpc("near", "us-east-1", "172.18.0.0/16")), "NET-VPC-004")).isEmpty();
    }

    @Test
    void sixCidrBlocksExceedTheQuota() {
        var design = withSecondary("10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16");

        assertThat(findings(design, "NET-VPC-005")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("VPC vpc has 6 IPv4 CIDR blocks; the default quota is 5 per VPC."));
    }

    @Test
    void fiveCidrBlocksAreWithinTheQuota() {
        var design = withSecondary("10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16");

        assertThat(findings(design, "NET-VPC-005")).isEmpty();
    }

    private Design withExtraVpcs(int count) {
        var extra = IntStream.range(0, count).mapToObj(i -> Tweaks.vpc("extra-" + i, "us-east-1", "10." + (i + 1)
                + ".0.0/16")).toList();
        return add(clean, extra);
    }

    @Test
    void aSixthVpcInARegionExceedsTheQuota() {
        assertThat(findings(withExtraVpcs(5), "NET-VPC-006")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Region us-east-1 has 6 VPCs; the default quota is 5 VPCs per Region.");
            assertThat(f.primaryElement()).isEqualTo(id("us-east-1"));
        });
    }

    @Test
    void fiveVpcsInARegionAreWithinTheQuota() {
        assertThat(findings(withExtraVpcs(4), "NET-VPC-006")).isEmpty();
    }

    private Design withExtraSubnets(int count) {
        var zone = get(clean, "us-east-1a", AvailabilityZone.class);
        var extra = new ArrayList<Subnet>();
        for (int i = 0; i < count; i++) {
            extra.add(Tweaks.subnet("extra-" + i, zone.id().value(), "10.0." + (128 + i / 16) + "." + (i % 16) * 16 + "/28"));
        }
        return add(clean, extra);
    }

    @Test
    void twoHundredAndOneSubnetsExceedTheQuota() {
        assertThat(findings(withExtraSubnets(197), "NET-VPC-007")).singleElement().satisfies(f -> assertThat(
                f.message()).isEqualTo("VPC vpc has 201 subnets; the default quota is 200."));
    }

    @Test
    void twoHundredSubnetsAreWithinTheQuota() {
        assertThat(findings(withExtraSubnets(196), "NET-VPC-007")).isEmpty();
    }
}
