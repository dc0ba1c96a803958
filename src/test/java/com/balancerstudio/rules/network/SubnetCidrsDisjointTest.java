package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.rules.network.Changes.subnet;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetCidrsDisjointTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void anOverlapIsReportedOnceOnTheLaterSubnet() {
        var design = add(clean, subnet("extra", id("us-east-1b"), "10.0.1.128/25"));

        var found = findings(design, "NET-SUB-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("Subnets extra (10.0.1.128/25) and public-b (10.0.1.0/24) overlap in VPC vpc.");
            assertThat(f.fix()).isEqualTo("Give each subnet a disjoint CIDR range.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("extra"), id("public-b"));
        });
    }

    @Test
    void everyOverlappingPairIsReported() {
        var design = add(clean, subnet("wide", id("us-east-1a"), "10.0.0.0/23"));

        assertThat(findings(design, "NET-SUB-003")).extracting(f -> f.elementIds()).containsExactly(
                List.of(id("wide"), id("public-a")), List.of(id("wide"), id("public-b")));
    }

    @Test
    void adjacentBlocksDoNotOverlap() {
        var design = add(clean, subnet("next", id("us-east-1b"), "10.0.2.0/24"),
                subnet("before", id("us-east-1a"), "9.255.255.0/24"));

        assertThat(findings(design, "NET-SUB-003")).isEmpty();
    }

    @Test
    void theSameBlockInTwoVpcsIsAllowed() {
        var b = new DesignBuilder("Two VPCs");
        var region = b.region("us-east-1");
        b.subnet(b.zone(b.vpc(region, "one", "10.0.0.0/16"), "us-east-1a"), "one-a", "10.0.0.0/24");
        var two = b.vpc(region, "two", "10.0.0.0/16");
        var zone = b.add(new AvailabilityZone(id("two-a"), "two-a", two.id(), null, "us-east-1a"));
        b.subnet(zone, "two-a-subnet", "10.0.0.0/24");

        assertThat(findings(b.build(), "NET-SUB-003")).isEmpty();
    }
}
