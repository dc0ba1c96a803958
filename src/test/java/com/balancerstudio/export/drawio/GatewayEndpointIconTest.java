package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.testing.GatewayEndpointDesigns;
import org.junit.jupiter.api.Test;

/** A GWLB endpoint is drawn with draw.io's VPC endpoints stencil, named after its load balancer, linked to it. */
class GatewayEndpointIconTest {
    @Test
    void anEndpointIsAPurpleEndpointsIconWithAnArrowToItsLoadBalancer() {
        var xml = DrawioExport.toXml(GatewayEndpointDesigns.inspectedZoneA());

        assertThat(xml).contains("resIcon=" + Stencils.ENDPOINTS + ";").contains("to gwlb");
        assertThat(xml).containsPattern("edge=\"1\"[^>]*source=\"el/gwlbe-a\"[^>]*target=\"el/gwlb\"");
        assertThat(Stencils.VERIFIED).contains(Stencils.ENDPOINTS);
    }
}
