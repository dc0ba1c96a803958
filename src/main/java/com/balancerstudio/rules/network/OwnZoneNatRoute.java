package com.balancerstudio.rules.network;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import java.util.ArrayList;

/**
 * The quick fix shared by the NAT routing rules: send a private subnet's default route to the NAT gateway of its own
 * Availability Zone, offered only when that is unambiguous.
 */
final class OwnZoneNatRoute {
    private static final Cidr ANYWHERE = Cidr.parse("0.0.0.0/0");

    private OwnZoneNatRoute() {
    }

    /**
     * The edit, or null when the subnet has no route table, when its table also serves subnets of other zones
     * (rerouting would move their traffic across zones), when the zone does not have exactly one usable NAT gateway
     * (public, in a public subnet), or when the table's default route goes somewhere other than a NAT gateway (the
     * person may have meant that target).
     */
    static Edit of(Design design, Subnet subnet) {
        var topology = design.topology();
        var table = topology.routeTableOf(subnet);
        var vpc = topology.vpcOf(subnet);
        var zone = topology.zoneNameOf(subnet);
        if (table == null || vpc == null || zone == null) {
            return null;
        }
        for (var other : design.elementsOf(Subnet.class)) {
            if (table.equals(topology.routeTableOf(other)) && !zone.equals(topology.zoneNameOf(other))) {
                return null;
            }
        }
        var candidates = design.elementsOf(NatGateway.class).stream()
                .filter(nat -> nat.isPublic() && vpc.equals(topology.vpcOf(nat)))
                .filter(nat -> zone.equals(topology.zoneNameOf(nat)))
                .filter(nat -> {
                    var home = design.get(nat.parent(), Subnet.class);
                    return home != null && topology.isPublic(home);
                }).toList();
        if (candidates.size() != 1) {
            return null;
        }
        var nat = candidates.get(0);
        var routes = new ArrayList<Route>();
        boolean routed = false;
        for (var route : table.routes()) {
            if (!route.isDefaultRoute()) {
                routes.add(route);
            } else if (!(design.get(route.target()) instanceof NatGateway)) {
                return null;
            } else if (!routed) {
                routes.add(new Route(route.destinationCidrBlock(), nat.id()));
                routed = true;
            }
        }
        if (!routed) {
            routes.add(new Route(ANYWHERE, nat.id()));
        }
        if (routes.equals(table.routes())) {
            return null;
        }
        var changed = new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), routes,
                table.subnetIds());
        return Edits.change(design, changed, "Route " + ANYWHERE + " of '" + table.name() + "' to NAT gateway '"
                + nat.name() + "'");
    }
}
