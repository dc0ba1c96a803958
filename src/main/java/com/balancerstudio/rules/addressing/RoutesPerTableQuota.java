package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a route table with more routes than the default quota (NET-RT-005). The design has IPv4 routes only, so
 * one address family is counted.
 */
public final class RoutesPerTableQuota extends CatalogRule {
    public RoutesPerTableQuota(Catalog catalog) {
        super(catalog, "NET-RT-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var table : design.elementsOf(RouteTable.class)) {
            if (table.routes().size() > Quotas.of(design, Quota.ROUTES_PER_ROUTE_TABLE)) {
                findings.add(finding(Values.of("rt.name", table.name()).and("n", table.routes().size()).and("quota", Quotas.described(design, Quota.ROUTES_PER_ROUTE_TABLE)), table));
            }
        }
        return findings;
    }
}
