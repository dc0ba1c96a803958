package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.rules.addressing.Tweaks.route;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GatewayRulesTest {
    private final Design clean = Fixtures.webTier();

    private static InternetGateway gateway(String name, String vpc) {
        return new InternetGateway(id(name), name, id("us-east-1"), new Rect(0, 0, 60, 60), vpc == null ? null : id(vpc));
    }

    @Test
    void aDetachedGatewayIsReportedAndAttachedToTheVpcWithoutOne() {
        var igw = get(clean, "igw", InternetGateway.class);
        var design = change(clean, new InternetGateway(igw.id(), igw.name(), igw.parent(), igw.bounds(), null));

        var found = findings(design, "NET-IGW-002");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Internet gateway igw is detached and carries no traffic.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.quickFix().label()).isEqualTo("Attach internet gateway 'igw' to VPC 'vpc'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void aSpareGatewayWhenEveryVpcHasOneGetsNoQuickFix() {
        assertThat(findings(add(clean, gateway("spare", null)), "NET-IGW-002")).singleElement()
                .satisfies(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void attachedGatewaysAreQuiet() {
        assertThat(findings(clean, "NET-IGW-002")).isEmpty();
    }

    private Design withVpcsAndGateways(int extra) {
        var design = clean;
        for (int i = 0; i < extra; i++) {
            design = add(design, Tweaks.vpc("vpc-" + i, "us-east-1", "10." + (i + 1) + ".0.0/16"),
                    gateway("igw-" + i, "vpc-" + i));
        }
        return design;
    }

    @Test
    void aSixthGatewayInTheRegionExceedsTheQuota() {
        assertThat(findings(withVpcsAndGateways(5), "NET-IGW-003")).singleElement().satisfies(f -> assertThat(
                f.message()).isEqualTo("Region us-east-1 has 6 internet gateways; the default quota is 5 (the VPCs-per-Region quota, which raises it too)."));
    }

    @Test
    void fiveGatewaysAreWithinTheQuota() {
        assertThat(findings(withVpcsAndGateways(4), "NET-IGW-003")).isEmpty();
    }

    @Test
    void anInstanceInAPublicSubnetWithoutPublicAddressIsNoted() {
        var design = add(clean, Tweaks.instance("bastion", "public-a", null, null, null));

        assertThat(findings(design, "NET-IGW-004")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Instance bastion is in public subnet public-a but has no public IP; the"
                    + " internet gateway cannot reach it.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void instancesWithAPublicIpOrElasticIpOrInPrivateSubnetsAreQuiet() {
        var design = add(clean, Tweaks.elasticIp("eip-c"), Tweaks.instance("bastion", "public-a", null, true, null),
                Tweaks.instance("jump", "public-b", null, null, "eip-c"));

        assertThat(findings(design, "NET-IGW-004")).isEmpty();
    }

    @Test
    void aPrivateNatGatewayWithAnElasticIpIsReportedAndTheAddressReleased() {
        var withoutIp = add(clean, Tweaks.elasticIp("eip-c"), Tweaks.privateNat("nat-internal", "private-a", null));
        var design = change(withoutIp, Tweaks.privateNat("nat-internal", "private-a", "eip-c"));

        var found = findings(design, "NET-NAT-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Private NAT gateway nat-internal cannot have an Elastic IP.");
            assertThat(f.elementIds()).containsExactly(id("nat-internal"), id("eip-c"));
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(withoutIp);
    }

    @Test
    void aPrivateNatGatewayWithoutElasticIpIsQuiet() {
        assertThat(findings(add(clean, Tweaks.privateNat("nat-internal", "private-a", null)), "NET-NAT-003")).isEmpty();
    }

    private Design withPrivateNats(int count) {
        return add(clean, IntStream.range(0, count).mapToObj(i -> Tweaks.privateNat("nat-p" + i, "private-a", null))
                .toList());
    }

    @Test
    void aSixthNatGatewayInAZoneExceedsTheQuota() {
        assertThat(findings(withPrivateNats(5), "NET-NAT-006")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("AZ us-east-1a has 6 NAT gateways; the default quota is 5 per AZ.");
            assertThat(f.primaryElement()).isEqualTo(id("us-east-1a"));
        });
    }

    @Test
    void fiveNatGatewaysInAZoneAreWithinTheQuota() {
        assertThat(findings(withPrivateNats(4), "NET-NAT-006")).isEmpty();
    }

    @Test
    void internetTrafficSentToAPrivateNatGatewayIsReported() {
        var table = get(clean, "private-rt-a", RouteTable.class);
        var withPrivateNat = add(clean, Tweaks.privateNat("nat-internal", "public-a", null));
        var design = change(withPrivateNat, Tweaks.withRoutes(table, route("0.0.0.0/0", "nat-internal")));

        var found = findings(design, "NET-NAT-008");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Subnet private-a sends internet traffic to private NAT gateway"
                    + " nat-internal; private NAT gateways cannot reach the internet (the IGW drops the traffic).");
            assertThat(f.elementIds()).containsExactly(id("private-a"), id("nat-internal"));
            assertThat(f.quickFix().label()).isEqualTo("Send internet traffic of route table 'private-rt-a' to NAT"
                    + " gateway 'nat-a'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(withPrivateNat);
    }

    @Test
    void aRouteTableServingTwoZonesGetsNoQuickFix() {
        var table = get(clean, "private-rt-a", RouteTable.class);
        var design = change(add(clean, Tweaks.privateNat("nat-internal", "public-a", null)),
                Tweaks.withSubnets(Tweaks.withRoutes(table, route("0.0.0.0/0", "nat-internal")), "private-a",
                        "private-b"), Tweaks.withSubnets(get(clean, "private-rt-b", RouteTable.class)));

        assertThat(findings(design, "NET-NAT-008")).hasSize(2).allSatisfy(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void internetTrafficThroughPublicNatGatewaysIsQuiet() {
        assertThat(findings(clean, "NET-NAT-008")).isEmpty();
    }

    @Test
    void anElasticIpOnAnInstanceInAPrivateSubnetIsReported() {
        var design = add(clean, Tweaks.elasticIp("eip-c"), Tweaks.instance("worker", "private-a", null, null, "eip-c"));

        assertThat(findings(design, "NET-EIP-004")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Elastic IP eip-c is on instance worker in private subnet private-a;"
                    + " reply traffic needs an internet gateway route, so the address is unreachable.");
            assertThat(f.elementIds()).containsExactly(id("eip-c"), id("worker"));
        });
    }

    @Test
    void anElasticIpOnAnInstanceInAPublicSubnetIsQuiet() {
        var design = add(clean, Tweaks.elasticIp("eip-c"), Tweaks.instance("bastion", "public-a", null, null, "eip-c"));

        assertThat(findings(design, "NET-EIP-004")).isEmpty();
    }
}
