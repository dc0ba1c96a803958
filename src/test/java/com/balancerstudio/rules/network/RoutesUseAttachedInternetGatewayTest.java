package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.defaultRouteTo;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesUseAttachedInternetGatewayTest {
    private final Design clean = Fixtures.webTier();
    private final RouteTable publicRt = get(clean, "public-rt", RouteTable.class);
    private final InternetGateway igw = get(clean, "igw", InternetGateway.class);

    @Test
    void aRouteToADetachedGatewayIsABlackholeAndRepointedToTheVpcsGateway() {
        var design = change(add(clean, Changes.gateway("igw-2", "us-east-1", null)),
                Changes.withRoutes(publicRt, defaultRouteTo("igw-2")));

        var found = findings(design, "NET-RT-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Route 0.0.0.0/0 in public-rt targets internet gateway igw-2, which is"
                    + " not attached to VPC vpc (blackhole).");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("public-rt"), id("igw-2"), id("vpc"));
            assertThat(f.quickFix().label()).isEqualTo("Route 0.0.0.0/0 of 'public-rt' to internet gateway 'igw'");
        });
        var fixed = found.get(0).quickFix().apply(design);
        assertThat(findings(fixed, "NET-RT-003")).isEmpty();
        assertThat(get(fixed, "public-rt", RouteTable.class)).isEqualTo(publicRt);
    }

    @Test
    void whenTheVpcHasNoGatewayTheDetachedOneIsAttached() {
        var design = change(clean, Changes.attachedTo(igw, null));

        var found = findings(design, "NET-RT-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Route 0.0.0.0/0 in public-rt targets internet gateway igw, which is"
                    + " not attached to VPC vpc (blackhole).");
            assertThat(f.quickFix().label()).isEqualTo("Attach internet gateway 'igw' to VPC 'vpc'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void aGatewayAttachedToAnotherVpcIsNotTakenFromIt() {
        var other = new Vpc(id("other"), "other", id("us-east-1"), new Rect(0, 0, 10, 10), Cidr.parse("10.9.0.0/16"),
                List.of(), true);
        var design = change(add(clean, other), Changes.attachedTo(igw, other.id()));

        var found = findings(design, "NET-RT-003");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Route 0.0.0.0/0 in public-rt targets internet gateway igw, which is"
                    + " not attached to VPC vpc (blackhole).");
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aGatewayOfAnotherRegionIsNotOfferedForAttachment() {
        var west = new Region(id("us-west-2"), "us-west-2", null, null, "us-west-2");
        var design = change(add(clean, west), new InternetGateway(igw.id(), igw.name(), west.id(), igw.bounds(), null));

        assertThat(findings(design, "NET-RT-003")).singleElement().satisfies(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void routesToTheAttachedGatewayAndToNatGatewaysAreFine() {
        var design = change(clean, Changes.withRoutes(publicRt, defaultRouteTo("igw"),
                new Route(Cidr.parse("192.168.0.0/16"), id("nat-a"))));

        assertThat(findings(design, "NET-RT-003")).isEmpty();
    }
}
