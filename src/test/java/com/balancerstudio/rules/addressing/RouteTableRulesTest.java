package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.rules.addressing.Tweaks.route;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class RouteTableRulesTest {
    private final Design clean = Fixtures.webTier();
    private final RouteTable publicTable = get(clean, "public-rt", RouteTable.class);
    private final RouteTable privateTableA = get(clean, "private-rt-a", RouteTable.class);

    /** A second VPC with a subnet and a NAT gateway, for wiring across VPCs. */
    private Design withOtherVpc() {
        return add(clean, Tweaks.vpc("other-vpc", "us-east-1", "10.1.0.0/16"),
                Tweaks.zone("other-a", "other-vpc", "us-east-1a"), Tweaks.subnet("other-subnet", "other-a", "10.1.0.0/24"),
                Tweaks.privateNat("other-nat", "other-subnet", null));
    }

    @Test
    void aSubnetInTwoRouteTablesIsReported() {
        var design = change(clean, Tweaks.withSubnets(privateTableA, "private-a", "private-b"));

        assertThat(findings(design, "NET-RT-001")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Subnet private-b is associated with 2 route tables; a subnet can be"
                    + " associated with only one route table.");
            assertThat(f.elementIds()).containsExactly(id("private-b"), id("private-rt-a"), id("private-rt-b"));
        });
    }

    @Test
    void oneTableMayServeManySubnets() {
        assertThat(findings(clean, "NET-RT-001")).isEmpty();
    }

    @Test
    void aRouteTableAssociatedWithASubnetOfAnotherVpcIsReported() {
        var design = change(withOtherVpc(), Tweaks.withSubnets(publicTable, "public-a", "public-b", "other-subnet"));

        assertThat(findings(design, "NET-RT-002")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Route (subnet association) -> other-subnet in public-rt references a"
                    + " resource outside VPC vpc.");
            assertThat(f.elementIds()).containsExactly(id("public-rt"), id("other-subnet"));
        });
    }

    @Test
    void aRouteToANatGatewayOfAnotherVpcIsReported() {
        var design = change(withOtherVpc(), Tweaks.withRoutes(privateTableA, route("0.0.0.0/0", "other-nat")));

        assertThat(findings(design, "NET-RT-002")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Route 0.0.0.0/0 -> other-nat in private-rt-a references a resource outside VPC vpc."));
    }

    @Test
    void routeTablesWiredWithinTheirVpcAreQuiet() {
        assertThat(findings(withOtherVpc(), "NET-RT-002")).isEmpty();
    }

    @Test
    void aRepeatedRouteIsReportedAndTheCopyRemoved() {
        var design = change(clean, Tweaks.withRoutes(privateTableA, route("0.0.0.0/0", "nat-a"),
                route("0.0.0.0/0", "nat-a")));

        var found = findings(design, "NET-RT-004");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Route table private-rt-a has duplicate destination 0.0.0.0/0.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void twoTargetsForOneDestinationGetNoQuickFix() {
        var design = change(clean, Tweaks.withRoutes(privateTableA, route("0.0.0.0/0", "nat-a"),
                route("0.0.0.0/0", "nat-b")));

        assertThat(findings(design, "NET-RT-004")).singleElement().satisfies(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void distinctDestinationsAreNoDuplicates() {
        var design = change(clean, Tweaks.withRoutes(privateTableA, route("0.0.0.0/0", "nat-a"),
                route("0.0.0.0/1", "nat-a")));

        assertThat(findings(design, "NET-RT-004")).isEmpty();
    }

    private Design withPublicRoutes(int count) {
        var routes = new ArrayList<Route>();
        routes.add(route("0.0.0.0/0", "igw"));
        for (int i = 1; i < count; i++) {
            routes.add(route("192.168." + i + ".0/24", "igw"));
        }
        return change(clean, Tweaks.withRoutes(publicTable, routes));
    }

    @Test
    void fiftyOneRoutesExceedTheQuota() {
        assertThat(findings(withPublicRoutes(51), "NET-RT-005")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Route table public-rt has 51 routes (the default quota is 50 per IPv4/IPv6 family)."));
    }

    @Test
    void fiftyRoutesAreWithinTheQuota() {
        assertThat(findings(withPublicRoutes(50), "NET-RT-005")).isEmpty();
    }

    @Test
    void aMoreSpecificRouteToAnotherGatewayIsNoted() {
        var design = change(clean, Tweaks.withRoutes(privateTableA, route("0.0.0.0/0", "nat-a"),
                route("8.8.8.0/24", "igw")));

        assertThat(findings(design, "NET-RT-007")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("In private-rt-a, route 8.8.8.0/24 -> igw overrides the default route for"
                    + " part of the traffic.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void aMoreSpecificRouteToTheSameGatewayChangesNothing() {
        var design = change(clean, Tweaks.withRoutes(privateTableA, route("0.0.0.0/0", "nat-a"),
                route("8.8.8.0/24", "nat-a")));

        assertThat(findings(design, "NET-RT-007")).isEmpty();
    }
}
