package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that each private subnet's default route goes to a NAT gateway in its own Availability Zone (NET-NAT-007). */
public final class PrivateSubnetUsesOwnZoneNat extends CatalogRule {
    public PrivateSubnetUsesOwnZoneNat(Catalog catalog) {
        super(catalog, "NET-NAT-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var subnet : design.elementsOf(Subnet.class)) {
            if (topology.isPublic(subnet)) {
                continue;
            }
            var nat = topology.defaultNatGatewayOf(subnet);
            if (nat == null) {
                continue;
            }
            var subnetZone = topology.zoneNameOf(subnet);
            var natZone = topology.zoneNameOf(nat);
            if (subnetZone != null && natZone != null && !subnetZone.equals(natZone)) {
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("X", subnetZone)
                        .and("nat.name", nat.name()).and("Y", natZone), OwnZoneNatRoute.of(design, subnet),
                        subnet, nat));
            }
        }
        return findings;
    }
}
