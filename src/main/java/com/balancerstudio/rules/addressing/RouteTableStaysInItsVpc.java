package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports a route table associated with a subnet of another VPC, or with a route to a NAT gateway of another VPC
 * (NET-RT-002). Routes to an internet gateway attached elsewhere are NET-RT-003's.
 */
public final class RouteTableStaysInItsVpc extends CatalogRule {
    public RouteTableStaysInItsVpc(Catalog catalog) {
        super(catalog, "NET-RT-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var table : design.elementsOf(RouteTable.class)) {
            var vpc = topology.vpcOf(table);
            if (vpc == null) {
                continue;
            }
            for (var id : table.subnetIds()) {
                var subnet = design.get(id, Subnet.class);
                if (subnet != null && !Objects.equals(topology.vpcOf(subnet), vpc)) {
                    findings.add(finding(Values.of("route.destination", "(subnet association)").and("route.target", subnet.name())
                            .and("rt.name", table.name()).and("vpc.name", vpc.name()), table, subnet));
                }
            }
            for (var route : table.routes()) {
                var nat = design.get(route.target(), NatGateway.class);
                if (nat != null && !Objects.equals(topology.vpcOf(nat), vpc)) {
                    findings.add(finding(Values.of("route.destination", route.destinationCidrBlock())
                            .and("route.target", nat.name()).and("rt.name", table.name()).and("vpc.name", vpc.name()),
                            table, nat));
                }
            }
        }
        return findings;
    }
}
