package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reports a route table with two routes for the same destination (NET-RT-004). When the routes are exact copies the
 * quick fix drops the copies; when they go to different targets, which one is meant is the user's call.
 */
public final class RouteDestinationsUnique extends CatalogRule {
    public RouteDestinationsUnique(Catalog catalog) {
        super(catalog, "NET-RT-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var table : design.elementsOf(RouteTable.class)) {
            var byDestination = new LinkedHashMap<String, List<Route>>();
            for (var route : table.routes()) {
                byDestination.computeIfAbsent(key(route.destinationCidrBlock()), k -> new ArrayList<>()).add(route);
            }
            byDestination.forEach((destination, routes) -> {
                if (routes.size() > 1) {
                    findings.add(finding(Values.of("rt.name", table.name())
                            .and("destination", routes.get(0).destinationCidrBlock()), quickFix(design, table, routes),
                            table));
                }
            });
        }
        return findings;
    }

    /** 10.0.0.0/8 and 10.1.0.0/8 are the same destination once AWS clears the host bits. */
    private static String key(Cidr cidr) {
        return cidr.network() + "/" + cidr.prefixLength();
    }

    private static Edit quickFix(Design design, RouteTable table, List<Route> duplicates) {
        var first = duplicates.get(0);
        if (duplicates.stream().anyMatch(route -> !route.target().equals(first.target()))) {
            return null;
        }
        var destination = key(first.destinationCidrBlock());
        var kept = new ArrayList<Route>();
        boolean seen = false;
        for (var route : table.routes()) {
            boolean repeated = key(route.destinationCidrBlock()).equals(destination);
            if (!repeated || !seen) {
                kept.add(route);
            }
            seen |= repeated;
        }
        var fixed = new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), kept,
                table.subnetIds());
        return Edits.change(design, fixed, "Remove the repeated route to " + first.destinationCidrBlock()
                + " from route table '" + table.name() + "'");
    }
}
