package com.balancerstudio.export.terraform;

import static com.balancerstudio.testing.GatewayEndpointDesigns.inspectedZoneA;
import static com.balancerstudio.testing.GatewayEndpointDesigns.plus;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.ElementId;
import org.junit.jupiter.api.Test;

/** A GWLB endpoint becomes an aws_vpc_endpoint of its load balancer's endpoint service, and routes reach it. */
class GatewayEndpointExportTest {
    @Test
    void theEndpointItsServiceAndTheRouteToItAreWritten() {
        var config = TerraformExport.of(inspectedZoneA());
        var network = config.files().get("network.tf");
        var balancing = config.files().get("load_balancing.tf");

        assertThat(balancing).contains("resource \"aws_vpc_endpoint_service\" \"gwlb\"")
                .contains("acceptance_required        = false")
                .contains("gateway_load_balancer_arns = [aws_lb.gwlb.arn]");
        assertThat(network).contains("resource \"aws_vpc_endpoint\" \"gwlbe_a\"")
                .contains("vpc_endpoint_type = \"GatewayLoadBalancer\"")
                .contains("service_name      = aws_vpc_endpoint_service.gwlb.service_name")
                // private-rt-a and private-rt-b form one route resource per zone: the target is in each.value.
                .contains("vpc_endpoint_id = aws_vpc_endpoint.gwlbe_a.id");
        assertThat(config.notExpressed()).anySatisfy(n -> {
            assertThat(n.element()).isEqualTo(ElementId.of("gwlbe-a"));
            assertThat(n.message()).contains("edge route table").contains("private-a");
        });
    }

    @Test
    void anEndpointWithoutGatewayLoadBalancerIsLeftOutWithTheRoutesToIt() {
        var design = inspectedZoneA();
        design = design.withReplaced(design.get(ElementId.of("gwlbe-a"), GatewayLoadBalancerEndpoint.class)
                .withLoadBalancer(null));
        var config = TerraformExport.of(plus(design));

        assertThat(config.files().get("network.tf")).doesNotContain("aws_vpc_endpoint");
        assertThat(config.notExpressed()).extracting(n -> n.element().value()).contains("gwlbe-a", "private-rt-a");
    }
}
