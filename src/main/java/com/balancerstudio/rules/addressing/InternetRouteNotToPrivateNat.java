package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Warns about a subnet whose default route leads to a private NAT gateway, which cannot reach the internet
 * (NET-NAT-008). When the subnet's zone has exactly one public NAT gateway and its route table serves only that zone,
 * the quick fix sends the default route there.
 */
public final class InternetRouteNotToPrivateNat extends CatalogRule {
    public InternetRouteNotToPrivateNat(Catalog catalog) {
        super(catalog, "NET-NAT-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var nat = design.topology().defaultNatGatewayOf(subnet);
            if (nat != null && !nat.isPublic()) {
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("nat.name", nat.name()),
                        quickFix(design, subnet, nat), subnet, nat));
            }
        }
        return findings;
    }

    private static Edit quickFix(Design design, Subnet subnet, NatGateway privateNat) {
        var topology = design.topology();
        var table = topology.routeTableOf(subnet);
        var zone = topology.zoneOf(subnet);
        if (table == null || table.main() || zone == null) {
            return null;
        }
        boolean oneZone = table.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(Objects::nonNull)
                .allMatch(s -> zone.equals(topology.zoneOf(s)));
        var publicNats = design.elementsOf(NatGateway.class).stream().filter(NatGateway::isPublic)
                .filter(n -> zone.equals(topology.zoneOf(n))).toList();
        if (!oneZone || publicNats.size() != 1) {
            return null;
        }
        var target = publicNats.get(0);
        var routes = table.routes().stream().map(route -> route.isDefaultRoute() && route.target().equals(privateNat.id())
                ? new Route(route.destinationCidrBlock(), target.id()) : route).toList();
        var fixed = new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), routes,
                table.subnetIds());
        return Edits.change(design, fixed, "Send internet traffic of route table '" + table.name()
                + "' to NAT gateway '" + target.name() + "'");
    }
}
