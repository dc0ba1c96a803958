package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SubnetRulesTest {
    private final Design clean = Fixtures.webTier();
    private final Subnet privateA = get(clean, "private-a", Subnet.class);
    private final Subnet publicA = get(clean, "public-a", Subnet.class);

    @Test
    void aSubnetCidrWithHostBitsIsReportedAndRewrittenAsAwsWouldCreateIt() {
        var design = change(clean, Tweaks.withCidr(privateA, "10.0.10.7/24"));

        var found = findings(design, "NET-SUB-004");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("CIDR 10.0.10.7/24 is not in canonical form; AWS will create 10.0.10.0/24.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("private-a"));
            assertThat(f.quickFix().label()).isEqualTo("Set the CIDR block of subnet 'private-a' to 10.0.10.0/24");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void aVpcCidrWithHostBitsIsFixedToo() {
        var design = change(clean, Tweaks.withBlocks(get(clean, "vpc", Vpc.class), "10.0.3.0/16"));

        var found = findings(design, "NET-SUB-004");

        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).endsWith("AWS will create 10.0.0.0/16."));
        assertThat(findings(found.get(0).quickFix().apply(design), "NET-SUB-004")).isEmpty();
    }

    @Test
    void networkAddressesAreCanonical() {
        assertThat(findings(clean, "NET-SUB-004")).isEmpty();
    }

    @Test
    void aSmallSubnetHoldsALoadBalancerNodeAndANatGateway() {
        assertThat(findings(change(clean, Tweaks.withCidr(publicA, "10.0.0.0/28")), "NET-SUB-006")).isEmpty();
    }

    @Test
    void aSubnetNeedingMoreAddressesThanItHasIsReported() {
        var design = add(change(clean, Tweaks.withCidr(publicA, "10.0.0.0/28")),
                Tweaks.instance("bastion-1", "public-a", null, true, null),
                Tweaks.instance("bastion-2", "public-a", null, true, null),
                Tweaks.instance("bastion-3", "public-a", null, true, null));

        assertThat(findings(design, "NET-SUB-006")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Subnet public-a (10.0.0.0/28) has 11 usable addresses but the design"
                    + " needs about 12.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aSubnetAssigningPublicIpsIsNotedAndCanStop() {
        var design = change(clean, Tweaks.assigningPublicIps(privateA));

        var found = findings(design, "NET-SUB-008");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Subnet private-a auto-assigns public IPv4 addresses to every instance"
                    + " launched in it.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void subnetsWithoutAutoAssignedIpsAreNotNoted() {
        assertThat(findings(clean, "NET-SUB-008")).isEmpty();
    }

    private Design withPrivateADrawnAt(double x) {
        return change(clean, privateA.withPlacement(privateA.parent(), new Rect(x, privateA.bounds().y(),
                privateA.bounds().width(), privateA.bounds().height())));
    }

    @Test
    void aSubnetDrawnAcrossTheNeighbouringZoneIsReported() {
        assertThat(findings(withPrivateADrawnAt(500), "NET-SUB-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Subnet private-a must reside entirely within exactly one Availability"
                    + " Zone.");
            assertThat(f.elementIds()).containsExactly(id("private-a"), id("us-east-1b"));
        });
    }

    @Test
    void aSubnetDrawnInsideItsZoneIsQuiet() {
        assertThat(findings(withPrivateADrawnAt(320), "NET-SUB-005")).isEmpty();
        assertThat(findings(clean, "NET-SUB-005")).isEmpty();
    }
}
