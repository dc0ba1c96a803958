package com.balancerstudio.rules.network;

import static com.balancerstudio.rules.network.Changes.add;
import static com.balancerstudio.rules.network.Changes.change;
import static com.balancerstudio.rules.network.Changes.get;
import static com.balancerstudio.rules.network.Changes.id;
import static com.balancerstudio.rules.network.Changes.subnet;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateSubnetRoutesToNatTest {
    private final Design clean = Fixtures.webTier();
    private final RouteTable privateRtA = get(clean, "private-rt-a", RouteTable.class);

    @Test
    void aPrivateSubnetWithInstancesAndNoNatRouteIsReportedAndRoutedToItsZonesNat() {
        var design = change(clean, Changes.withRoutes(privateRtA));

        var found = findings(design, "NET-RT-006");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Private subnet private-a has no default route to a NAT gateway;"
                    + " instances in it cannot reach the internet (OS updates, external APIs).");
            assertThat(f.fix()).isEqualTo("Add 0.0.0.0/0 -> NAT gateway (in a public subnet of the same AZ), or add"
                    + " VPC endpoints for the AWS services the instances need.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("private-a"), id("private-rt-a"));
            assertThat(f.quickFix().label()).isEqualTo("Route 0.0.0.0/0 of 'private-rt-a' to NAT gateway 'nat-a'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void aSubnetOnlyAnAutoScalingGroupLaunchesIntoCountsAsHostingInstances() {
        var app = subnet("app-a", id("us-east-1a"), "10.0.20.0/24");
        var group = new AutoScalingGroup(id("app-asg"), "app-asg", id("vpc"), null, 1, 2, 1, List.of(app.id()),
                List.of(), List.of(), null, null, null, List.of());

        var found = findings(add(clean, app, group), "NET-RT-006");

        // Without any route table there is nothing to add a route to: no quick fix.
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(id("app-a"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aTableSharedWithAnotherZoneIsNotRoutedToOneZonesNat() {
        var shared = Changes.withSubnets(Changes.withRoutes(privateRtA), id("private-a"), id("private-b"));
        var design = change(clean, shared).withRemoved(id("private-rt-b"));

        var found = findings(design, "NET-RT-006");

        assertThat(found).extracting(f -> f.elementIds().get(0)).containsExactly(id("private-a"), id("private-b"));
        assertThat(found).allSatisfy(f -> assertThat(f.quickFix()).isNull());
    }

    @Test
    void anEmptyPrivateSubnetNeedsNoNatRoute() {
        assertThat(findings(add(clean, subnet("db-a", id("us-east-1a"), "10.0.30.0/24")), "NET-RT-006")).isEmpty();
    }

    @Test
    void instancesInAPublicSubnetNeedNoNatRoute() {
        var design = add(clean, Instance.of(id("bastion"), "bastion", id("public-a"), null));

        assertThat(findings(design, "NET-RT-006")).isEmpty();
    }
}
