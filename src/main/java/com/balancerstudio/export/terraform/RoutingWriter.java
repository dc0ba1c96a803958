package com.balancerstudio.export.terraform;

import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;

/** Route tables with one aws_route per route, one association per subnet, and the main route table choice. */
final class RoutingWriter {
    private final ExportContext context;

    RoutingWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        context.design.elementsOf(RouteTable.class).forEach(this::routeTable);
    }

    private void routeTable(RouteTable table) {
        var vpc = context.topology.vpcOf(table);
        context.resource(ExportContext.NETWORK, table, new Body()
                .attr("vpc_id", context.plan.ref(vpc.id(), "id"))
                .attr("tags", ExportContext.tags(table.name())));
        var own = context.plan.address(table.id());
        var region = context.providers.regionOf(table);
        for (var route : table.routes()) {
            var body = new Body().attr("route_table_id", own.attr("id"))
                    .str("destination_cidr_block", route.destinationCidrBlock().toString());
            if (!routeTarget(table, route, body)) {
                continue;
            }
            var destination = route.isDefaultRoute() ? "default" : route.destinationCidrBlock().toString();
            context.resources.addZonal(ExportContext.NETWORK, "aws_route", own.label() + " " + destination, own.key(),
                    own.label() + " " + destination, region, body);
        }
        for (var subnetId : table.subnetIds()) {
            var subnet = context.plan.address(subnetId);
            if (subnet == null || !subnet.type().equals("aws_subnet")) {
                context.note(table, "associated subnet '" + subnetId.value() + "' is not in the design; left out");
                continue;
            }
            context.resources.addZonal(ExportContext.NETWORK, "aws_route_table_association", subnet.label(),
                    subnet.key(), subnet.label(), region, new Body()
                            .attr("subnet_id", subnet.attr("id"))
                            .attr("route_table_id", own.attr("id")));
        }
        if (table.main()) {
            context.resources.addZonal(ExportContext.NETWORK, "aws_main_route_table_association",
                    context.plan.address(vpc.id()).label(), null, context.plan.address(vpc.id()).label(), region,
                    new Body().attr("vpc_id", context.plan.ref(vpc.id(), "id")).attr("route_table_id", own.attr("id")));
        }
    }

    /** Sets the gateway the route sends to; false (with a note) when it is not a gateway of the design. */
    private boolean routeTarget(RouteTable table, Route route, Body body) {
        var target = context.design.get(route.target());
        if (target instanceof InternetGateway) {
            body.attr("gateway_id", context.plan.ref(target.id(), "id"));
            return true;
        }
        if (target instanceof NatGateway) {
            body.attr("nat_gateway_id", context.plan.ref(target.id(), "id"));
            return true;
        }
        if (target instanceof GatewayLoadBalancerEndpoint endpoint
                && GatewayEndpointWriter.servedLoadBalancer(context.design, endpoint) != null) {
            body.attr("vpc_endpoint_id", context.plan.ref(target.id(), "id"));
            return true;
        }
        context.note(table, "route to " + route.destinationCidrBlock() + " goes to '" + route.target().value()
                + "', which is neither an internet gateway, a NAT gateway nor an exported GWLB endpoint of the "
                + "design; left out");
        return false;
    }
}
