package com.balancerstudio.rules.network;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that each zone's code names a zone of the Region it is drawn in (NET-REG-001), in the naming of its type:
 * Availability Zones and Outposts us-east-1a, Local Zones us-west-2-lax-1a, Wavelength Zones us-east-1-wl1-bos-wlz-1.
 */
public final class AvailabilityZoneInRegion extends CatalogRule {
    public AvailabilityZoneInRegion(Catalog catalog) {
        super(catalog, "NET-REG-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var zone : design.elementsOf(AvailabilityZone.class)) {
            var region = topology.regionOf(zone);
            if (region != null && !ZoneNames.belongsTo(zone, region.regionName())) {
                findings.add(finding(Values.of("az.name", zone.zoneName()).and("region.name", region.regionName()),
                        zone, region));
            }
        }
        return findings;
    }
}
