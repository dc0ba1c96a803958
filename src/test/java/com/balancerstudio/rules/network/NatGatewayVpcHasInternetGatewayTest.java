package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NatGatewayVpcHasInternetGatewayTest {
    private final Design clean = Fixtures.webTier();
    private final Design detached = change(clean, Changes.attachedTo(get(clean, "igw", InternetGateway.class), null));

    @Test
    void eachPublicNatGatewayOfAVpcWithoutGatewayIsReportedAndTheGatewayAttached() {
        var found = findings(detached, "NET-NAT-004");

        assertThat(found).extracting(f -> f.message()).containsExactly(
                "NAT gateway nat-a cannot be created: VPC vpc has no internet gateway attached.",
                "NAT gateway nat-b cannot be created: VPC vpc has no internet gateway attached.");
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).elementIds()).containsExactly(id("nat-a"), id("vpc"));
        assertThat(found.get(0).quickFix().label()).isEqualTo("Attach internet gateway 'igw' to VPC 'vpc'");
        var fixed = found.get(0).quickFix().apply(detached);
        assertThat(fixed).isEqualTo(clean);
        assertThat(findings(fixed, "NET-NAT-004")).isEmpty();
    }

    @Test
    void theGatewayTheRouteTablesUseIsPreferredOverASpareOne() {
        var design = detached.withAdded(Changes.gateway("spare", "us-east-1", null), 1);

        var fix = findings(design, "NET-NAT-004").get(0).quickFix();

        assertThat(fix.label()).isEqualTo("Attach internet gateway 'igw' to VPC 'vpc'");
    }

    @Test
    void withNoGatewayInTheRegionThereIsNoQuickFix() {
        var b = new DesignBuilder("No gateway");
        var region = b.region("us-east-1");
        var subnet = b.subnet(b.zone(b.vpc(region, "vpc", "10.0.0.0/16"), "us-east-1a"), "a", "10.0.0.0/24");
        b.natGateway(subnet, "nat", b.elasticIp(region, "ip"));
        // A detached gateway of another Region cannot serve this VPC.
        b.internetGateway(b.region("us-west-2"), "far-igw", null);

        assertThat(findings(b.build(), "NET-NAT-004")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo("NAT gateway nat cannot be created: VPC vpc has no internet gateway attached.");
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aPrivateNatGatewayNeedsNoInternetGateway() {
        var b = new DesignBuilder("Private NAT");
        var zone = b.zone(b.vpc(b.region("us-east-1"), "vpc", "10.0.0.0/16"), "us-east-1a");
        var subnet = b.subnet(zone, "a", "10.0.0.0/24");
        b.add(Changes.privateNat("nat", subnet.id()));

        assertThat(findings(b.build(), "NET-NAT-004")).isEmpty();
    }
}
