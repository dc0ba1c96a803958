package com.balancerstudio.rules.network;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that a private subnet with instances has a default route to a NAT gateway (NET-RT-006). */
public final class PrivateSubnetRoutesToNat extends CatalogRule {
    public PrivateSubnetRoutesToNat(Catalog catalog) {
        super(catalog, "NET-RT-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var subnet : design.elementsOf(Subnet.class)) {
            if (hostsInstances(design, subnet) && !topology.isPublic(subnet)
                    && topology.defaultNatGatewayOf(subnet) == null) {
                findings.add(finding(Values.of("subnet.name", subnet.name()), OwnZoneNatRoute.of(design, subnet),
                        subnet, topology.routeTableOf(subnet)));
            }
        }
        return findings;
    }

    /** Only subnets where instances run need outbound access; an empty private subnet (e.g. for databases) is fine. */
    private static boolean hostsInstances(Design design, Subnet subnet) {
        return design.children(subnet.id()).stream().anyMatch(Instance.class::isInstance)
                || design.topology().referrersOf(subnet.id()).stream().anyMatch(AutoScalingGroup.class::isInstance);
    }
}
