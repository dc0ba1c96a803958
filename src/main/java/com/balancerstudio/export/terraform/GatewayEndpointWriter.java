package com.balancerstudio.export.terraform;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gateway Load Balancer endpoints: one aws_vpc_endpoint_service per Gateway Load Balancer that has endpoints (the
 * design leaves the service implied), and one aws_vpc_endpoint of type GatewayLoadBalancer per endpoint.
 */
final class GatewayEndpointWriter {
    private final ExportContext context;
    private final Map<ElementId, Address> services = new HashMap<>();

    GatewayEndpointWriter(ExportContext context) {
        this.context = context;
    }

    /** The Gateway Load Balancer the endpoint is exported for, or null when it becomes no resource. */
    static LoadBalancer servedLoadBalancer(Design design, GatewayLoadBalancerEndpoint endpoint) {
        var lb = design.get(endpoint.loadBalancerId(), LoadBalancer.class);
        var subnet = design.get(endpoint.parent(), Subnet.class);
        return lb != null && lb.type() == LoadBalancerType.GATEWAY && subnet != null
                && design.topology().vpcOf(subnet) != null ? lb : null;
    }

    void write() {
        for (var endpoint : context.design.elementsOf(GatewayLoadBalancerEndpoint.class)) {
            var lb = servedLoadBalancer(context.design, endpoint);
            if (lb == null) {
                context.note(endpoint, "GWLB endpoint without a Gateway Load Balancer to send to: AWS needs the "
                        + "load balancer's endpoint service to create it; left out");
                continue;
            }
            endpoint(endpoint, services.computeIfAbsent(lb.id(), id -> service(lb)));
            edgeRouteNote(endpoint);
        }
    }

    /** Consumers in this account only, so connections need no acceptance. */
    private Address service(LoadBalancer lb) {
        var address = Address.of("aws_vpc_endpoint_service",
                context.labels.take("aws_vpc_endpoint_service", context.plan.address(lb.id()).label(),
                        "endpoint_service"));
        context.resources.add(ExportContext.LOAD_BALANCING, address, context.providers.regionOf(lb), new Body()
                .bool("acceptance_required", false)
                .attr("gateway_load_balancer_arns", Expr.list(List.of(context.plan.ref(lb.id(), "arn"))))
                .attr("tags", ExportContext.tags(lb.name() + " endpoint service")));
        // Endpoints in other accounts or configurations are created with this name.
        context.output(context.plan.address(lb.id()).label() + " endpoint service name",
                "Service name of the endpoint service of " + lb.name(), address.attr("service_name"));
        return address;
    }

    private void endpoint(GatewayLoadBalancerEndpoint endpoint, Address service) {
        var vpc = context.topology.vpcOf(endpoint);
        context.resource(ExportContext.NETWORK, endpoint, new Body()
                .attr("vpc_id", context.plan.ref(vpc.id(), "id"))
                .str("vpc_endpoint_type", "GatewayLoadBalancer")
                .attr("service_name", service.attr("service_name"))
                .attr("subnet_ids", Expr.list(List.of(context.plan.ref(endpoint.parent(), "id"))))
                .attr("tags", ExportContext.tags(endpoint.name())));
    }

    /**
     * Traffic coming back from the internet to subnets inspected through the endpoint must be steered to it by a
     * route table associated with the internet gateway (an edge association); a design holds subnet route tables only.
     */
    private void edgeRouteNote(GatewayLoadBalancerEndpoint endpoint) {
        var inspected = context.design.elementsOf(Subnet.class).stream()
                .filter(subnet -> context.topology.routeTableOf(subnet) != null && context.topology.routeTableOf(subnet)
                        .routes().stream().anyMatch(r -> r.isDefaultRoute() && r.target().equals(endpoint.id())))
                .map(Subnet::name).toList();
        var home = context.design.get(endpoint.parent(), Subnet.class);
        if (!inspected.isEmpty() && context.topology.isPublic(home)) {
            context.note(endpoint, "the internet gateway's edge route table, which sends traffic for "
                    + String.join(", ", inspected) + " back through this endpoint, is not part of a design; add an "
                    + "aws_route_table with an aws_route_table_association (gateway_id) and a route per subnet block "
                    + "to the endpoint");
        }
    }
}
