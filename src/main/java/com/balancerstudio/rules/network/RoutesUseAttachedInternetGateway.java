package com.balancerstudio.rules.network;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that every route to an internet gateway goes to one attached to the route table's VPC (NET-RT-003). */
public final class RoutesUseAttachedInternetGateway extends CatalogRule {
    public RoutesUseAttachedInternetGateway(Catalog catalog) {
        super(catalog, "NET-RT-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var table : design.elementsOf(RouteTable.class)) {
            var vpc = design.topology().vpcOf(table);
            if (vpc == null) {
                continue;
            }
            for (var route : table.routes()) {
                var gateway = design.get(route.target(), InternetGateway.class);
                if (gateway != null && !vpc.id().equals(gateway.vpcId())) {
                    findings.add(finding(Values.of("route.destination", route.destinationCidrBlock())
                            .and("rt.name", table.name()).and("igw.name", gateway.name()).and("vpc.name", vpc.name()),
                            quickFix(design, table, route, gateway, vpc), table, gateway, vpc));
                }
            }
        }
        return findings;
    }

    /** Repoint the route when the VPC has its one gateway already, else attach this gateway if it is free. */
    private static Edit quickFix(Design design, RouteTable table, Route route, InternetGateway gateway, Vpc vpc) {
        var attached = design.topology().gatewaysAttachedTo(vpc);
        if (attached.size() == 1) {
            var target = attached.get(0);
            var routes = table.routes().stream()
                    .map(r -> r.equals(route) ? new Route(r.destinationCidrBlock(), target.id()) : r).toList();
            var changed = new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), routes,
                    table.subnetIds());
            return Edits.change(design, changed, "Route " + route.destinationCidrBlock() + " of '" + table.name()
                    + "' to internet gateway '" + target.name() + "'");
        }
        return GatewayAttachment.attach(design, gateway, vpc);
    }
}
