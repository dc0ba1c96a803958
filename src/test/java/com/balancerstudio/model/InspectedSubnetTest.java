package com.balancerstudio.model;

import static com.balancerstudio.testing.GatewayEndpointDesigns.defaultRouteTo;
import static com.balancerstudio.testing.GatewayEndpointDesigns.endpoint;
import static com.balancerstudio.testing.GatewayEndpointDesigns.id;
import static com.balancerstudio.testing.GatewayEndpointDesigns.inspectedZoneA;
import static com.balancerstudio.testing.GatewayEndpointDesigns.plus;
import static com.balancerstudio.testing.GatewayEndpointDesigns.withGatewayLoadBalancer;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A subnet whose default route goes to a GWLB endpoint in a public subnet reaches the internet through it: it is
 * public, so the rules do not ask it for a NAT gateway.
 */
class InspectedSubnetTest {
    @Test
    void aSubnetRoutedThroughAnEndpointInAPublicSubnetIsPublicAndNeedsNoNatGateway() {
        var design = inspectedZoneA();
        assertThat(design.topology().isPublic(design.get(id("private-a"), Subnet.class))).isTrue();
        assertThat(design.topology().isPublic(design.get(id("private-b"), Subnet.class))).isFalse();
        assertThat(findings(design, "NET-RT-006")).isEmpty();
    }

    @Test
    void anEndpointInAPrivateSubnetDoesNotMakeASubnetPublic() {
        var design = defaultRouteTo(plus(withGatewayLoadBalancer(), endpoint("gwlbe-b", "private-b")),
                "private-rt-a", "gwlbe-b");
        assertThat(design.topology().isPublic(design.get(id("private-a"), Subnet.class))).isFalse();
        assertThat(findings(design, "NET-RT-006")).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).contains(id("private-a")));
    }

    @Test
    void endpointsRoutingToEachOtherEndTheWalkAsPrivate() {
        var design = plus(withGatewayLoadBalancer(), endpoint("gwlbe-a", "private-a"), endpoint("gwlbe-b",
                "private-b"));
        design = defaultRouteTo(defaultRouteTo(design, "private-rt-a", "gwlbe-b"), "private-rt-b", "gwlbe-a");
        assertThat(design.topology().isPublic(design.get(id("private-a"), Subnet.class))).isFalse();
        assertThat(design.topology().isPublic(design.get(id("private-b"), Subnet.class))).isFalse();
    }
}
