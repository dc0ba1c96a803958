package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reports a subnet explicitly associated with more than one route table (NET-RT-001). */
public final class SubnetInOneRouteTable extends CatalogRule {
    public SubnetInOneRouteTable(Catalog catalog) {
        super(catalog, "NET-RT-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var tablesBySubnet = new LinkedHashMap<ElementId, Set<RouteTable>>();
        for (var table : design.elementsOf(RouteTable.class)) {
            table.subnetIds().forEach(id -> tablesBySubnet.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(table));
        }
        var findings = new ArrayList<Finding>();
        tablesBySubnet.forEach((id, tables) -> {
            var subnet = design.get(id, Subnet.class);
            if (subnet != null && tables.size() > 1) {
                var elements = new ArrayList<Element>();
                elements.add(subnet);
                elements.addAll(tables);
                // Which table the subnet should keep depends on where its traffic should go: no quick fix.
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("n", tables.size()),
                        elements.toArray(Element[]::new)));
            }
        });
        return findings;
    }
}
