package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes a route that, by longest prefix match, takes part of the internet-bound range away from the default route to
 * another target (NET-RT-007). Routes in the design only lead to internet and NAT gateways, so every more specific
 * route to another gateway than the default route's does that.
 */
public final class SpecificRouteOverridesDefault extends CatalogRule {
    public SpecificRouteOverridesDefault(Catalog catalog) {
        super(catalog, "NET-RT-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var table : design.elementsOf(RouteTable.class)) {
            var defaultRoute = table.routes().stream().filter(Route::isDefaultRoute).findFirst().orElse(null);
            if (defaultRoute == null) {
                continue;
            }
            for (var route : table.routes()) {
                if (!route.isDefaultRoute() && !route.target().equals(defaultRoute.target())) {
                    var target = design.get(route.target());
                    var specific = route.destinationCidrBlock() + " -> "
                            + (target == null ? route.target().value() : target.name());
                    findings.add(finding(Values.of("rt.name", table.name()).and("specific", specific), table));
                }
            }
        }
        return findings;
    }
}
