package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.testing.GatewayEndpointDesigns.endpoint;
import static com.balancerstudio.testing.GatewayEndpointDesigns.inspectedZoneA;
import static com.balancerstudio.testing.GatewayEndpointDesigns.plus;
import static com.balancerstudio.testing.GatewayEndpointDesigns.withGatewayLoadBalancer;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.rules.Severity;
import org.junit.jupiter.api.Test;

/** ELB-GWLB-009: a Gateway Load Balancer is reached only through endpoints that route tables send traffic to. */
class GatewayLoadBalancerReceivesTrafficTest {
    private static final String MESSAGE = "Gateway Load Balancer gwlb receives no traffic: it is reached only through "
            + "GWLB endpoints referenced in route tables.";

    @Test
    void aGatewayLoadBalancerWithoutEndpointsReceivesNoTraffic() {
        assertThat(findings(withGatewayLoadBalancer(), "ELB-GWLB-009")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo(MESSAGE);
            assertThat(f.elementIds()).containsExactly(ids("gwlb"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void endpointsThatNoRouteTableSendsToLeaveItWithoutTraffic() {
        var design = plus(withGatewayLoadBalancer(), endpoint("gwlbe-a", "public-a"), endpoint("gwlbe-b", "public-b"));
        assertThat(findings(design, "ELB-GWLB-009")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(MESSAGE);
            assertThat(f.elementIds()).containsExactly(ids("gwlb", "gwlbe-a", "gwlbe-b"));
        });
    }

    @Test
    void aRouteToOneOfItsEndpointsIsEnough() {
        // Near miss: gwlbe-b has no route to it, but gwlbe-a does.
        var design = plus(inspectedZoneA(), endpoint("gwlbe-b", "public-b"));
        assertThat(findings(design, "ELB-GWLB-009")).isEmpty();
    }
}
