package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that each subnet lies in an Availability Zone of its VPC's Region (NET-REG-002). */
public final class SubnetZoneInVpcRegion extends CatalogRule {
    public SubnetZoneInVpcRegion(Catalog catalog) {
        super(catalog, "NET-REG-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var zone = topology.zoneOf(subnet);
            var vpc = topology.vpcOf(subnet);
            var region = vpc == null ? null : topology.regionOf(vpc);
            // The zone is drawn inside the VPC, so this repeats NET-REG-001 per subnet; the subnet is what AWS refuses.
            if (zone != null && region != null && !ZoneNames.belongsTo(zone, region.regionName())) {
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("subnet.az", zone.zoneName())
                        .and("vpc.name", vpc.name()).and("vpc.region", region.regionName()), subnet, zone, vpc));
            }
        }
        return findings;
    }
}
