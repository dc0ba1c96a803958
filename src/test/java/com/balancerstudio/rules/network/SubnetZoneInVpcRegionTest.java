package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SubnetZoneInVpcRegionTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void everySubnetOfAForeignZoneIsReported() {
        var design = change(clean, Changes.zoneNamed(get(clean, "us-east-1b", AvailabilityZone.class), "eu-west-1b"));

        var found = findings(design, "NET-REG-002");

        assertThat(found).extracting(f -> f.message()).containsExactly(
                "Subnet public-b is in AZ eu-west-1b which is not in the Region of VPC vpc (us-east-1).",
                "Subnet private-b is in AZ eu-west-1b which is not in the Region of VPC vpc (us-east-1).");
        assertThat(found.get(0).elementIds()).containsExactly(id("public-b"), id("us-east-1b"), id("vpc"));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).fix()).isEqualTo("Place the subnet in an AZ of the VPC's Region.");
    }

    @Test
    void aZoneWithoutSubnetsGivesNoSubnetFinding() {
        var b = new DesignBuilder("Empty zone");
        b.zone(b.vpc(b.region("us-east-1"), "vpc", "10.0.0.0/16"), "us-west-2a");

        assertThat(findings(b.build(), "NET-REG-002")).isEmpty();
    }

    @Test
    void subnetsOfTwoRegionsAreEachInTheirOwnRegion() {
        var b = new DesignBuilder("Two regions");
        var west = b.region("us-west-2");
        b.subnet(b.zone(b.vpc(b.region("us-east-1"), "east", "10.0.0.0/16"), "us-east-1a"), "e", "10.0.0.0/24");
        b.subnet(b.zone(b.vpc(west, "west", "10.0.0.0/16"), "us-west-2c"), "w", "10.0.0.0/24");

        assertThat(findings(b.build(), "NET-REG-002")).isEmpty();
    }
}
