package com.balancerstudio.model;

import java.util.List;

/**
 * A VPC route table with its routes and explicit subnet associations. The main route table applies to every
 * subnet of the VPC that has no explicit association.
 */
public record RouteTable(ElementId id, String name, ElementId parent, Rect bounds, boolean main,
                         List<Route> routes, List<ElementId> subnetIds) implements Element {
    public RouteTable {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        routes = Ids.listOf(routes);
        subnetIds = Ids.listOf(subnetIds);
    }

    @Override
    public List<Reference> references() {
        var builder = Reference.builder().addAll("subnet_ids", subnetIds, Subnet.class);
        for (int i = 0; i < routes.size(); i++) {
            builder.add("routes[" + i + "].target", routes.get(i).target(), InternetGateway.class, NatGateway.class,
                    GatewayLoadBalancerEndpoint.class);
        }
        return builder.build();
    }

    @Override
    public RouteTable withoutReferencesTo(ElementId target) {
        var keptRoutes = routes.stream().filter(r -> !r.target().equals(target)).toList();
        return new RouteTable(id, name, parent, bounds, main, keptRoutes, Ids.without(subnetIds, target));
    }

    @Override
    public RouteTable withName(String newName) {
        return new RouteTable(id, newName, parent, bounds, main, routes, subnetIds);
    }

    @Override
    public RouteTable withPlacement(ElementId newParent, Rect newBounds) {
        return new RouteTable(id, name, newParent, newBounds, main, routes, subnetIds);
    }
}
