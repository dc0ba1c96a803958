package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Route tables with their routes (inline or as aws_route), subnet associations and the main route table. */
final class RoutingImport {
    /** Route targets the design has no element for; such routes are noted and left out. */
    private static final List<String> OTHER_TARGETS = List.of("transit_gateway_id", "vpc_peering_connection_id",
            "vpc_endpoint_id", "network_interface_id", "egress_only_gateway_id", "carrier_gateway_id",
            "local_gateway_id", "core_network_arn", "instance_id");

    private final Assembly assembly;

    RoutingImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::routeTable, "aws_route_table");
        assembly.each(this::route, "aws_route");
        assembly.each(this::association, "aws_route_table_association");
        assembly.each(this::mainAssociation, "aws_main_route_table_association");
    }

    private void routeTable(ResourceInstance instance, Arguments arguments) throws HclException {
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        if (vpc == null) {
            throw new HclException(arguments.position(), "vpc_id is required here");
        }
        var routes = new ArrayList<Route>();
        for (var inline : arguments.blocks("route")) {
            var route = route(inline, "cidr_block");
            if (route != null) {
                routes.add(route);
            }
        }
        var name = Names.of(arguments, instance);
        assembly.add(instance, new RouteTable(assembly.newId(name), name, vpc.id(), null, false, routes, List.of()));
    }

    private void route(ResourceInstance instance, Arguments arguments) throws HclException {
        var table = assembly.ref(arguments, "route_table_id", RouteTable.class);
        var route = route(arguments, "destination_cidr_block");
        if (route != null) {
            var routes = new ArrayList<>(table.routes());
            routes.add(route);
            assembly.replace(new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(),
                    routes, table.subnetIds()));
        }
    }

    /** The route to an internet or NAT gateway or a GWLB endpoint, or null (noted) for a route to something the design does not have. */
    private Route route(Arguments arguments, String destinationArgument) throws HclException {
        if (!arguments.has(destinationArgument)) {
            assembly.note(arguments, "only IPv4 routes are drawn; a route without " + destinationArgument
                    + " is left out");
            return null;
        }
        var destination = NetworkImport.cidr(arguments, destinationArgument);
        Element target = null;
        if (arguments.has("gateway_id")) {
            target = assembly.ref(arguments, "gateway_id", InternetGateway.class);
        } else if (arguments.has("nat_gateway_id")) {
            target = assembly.ref(arguments, "nat_gateway_id", NatGateway.class);
        } else if (arguments.value("vpc_endpoint_id") instanceof AttributeRef ref
                && assembly.get(assembly.idOf(ref.instance())) instanceof GatewayLoadBalancerEndpoint endpoint) {
            // Only Gateway Load Balancer endpoints are elements; a route to another endpoint is noted below.
            target = endpoint;
        }
        if (target == null) {
            var other = OTHER_TARGETS.stream().filter(arguments::has).findFirst().orElse("no target");
            assembly.note(arguments, "the route to " + destination + " goes to " + other.replace("_id", "")
                    .replace("_arn", "").replace('_', ' ') + ", which a design does not draw; left out");
            return null;
        }
        return new Route(destination, target.id());
    }

    private void association(ResourceInstance instance, Arguments arguments) throws HclException {
        var table = assembly.ref(arguments, "route_table_id", RouteTable.class);
        var subnet = assembly.ref(arguments, "subnet_id", Subnet.class);
        if (subnet == null) {
            assembly.note(arguments, instance.address() + " associates a gateway, not a subnet; left out");
            return;
        }
        var subnets = new ArrayList<>(table.subnetIds());
        subnets.add(subnet.id());
        assembly.replace(new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(),
                table.routes(), subnets));
    }

    private void mainAssociation(ResourceInstance instance, Arguments arguments) throws HclException {
        var table = assembly.ref(arguments, "route_table_id", RouteTable.class);
        assembly.replace(new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), true,
                table.routes(), table.subnetIds()));
    }
}
