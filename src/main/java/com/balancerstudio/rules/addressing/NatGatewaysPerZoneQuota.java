package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reports an Availability Zone holding more NAT gateways than the default quota (NET-NAT-006). The quota is per zone
 * of the account, so zones of the same name in different VPCs of a Region count together.
 */
public final class NatGatewaysPerZoneQuota extends CatalogRule {
    public NatGatewaysPerZoneQuota(Catalog catalog) {
        super(catalog, "NET-NAT-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var byZone = new LinkedHashMap<String, List<NatGateway>>();
        var firstZone = new LinkedHashMap<String, AvailabilityZone>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            var zone = topology.zoneOf(nat);
            if (zone != null) {
                byZone.computeIfAbsent(zone.zoneName(), k -> new ArrayList<>()).add(nat);
                firstZone.putIfAbsent(zone.zoneName(), zone);
            }
        }
        var findings = new ArrayList<Finding>();
        byZone.forEach((zoneName, gateways) -> {
            if (gateways.size() > Quotas.of(design, Quota.NAT_GATEWAYS_PER_ZONE)) {
                var elements = new ArrayList<Element>();
                elements.add(firstZone.get(zoneName));
                elements.addAll(gateways);
                findings.add(finding(Values.of("az.name", zoneName).and("n", gateways.size()).and("quota", Quotas.described(design, Quota.NAT_GATEWAYS_PER_ZONE)),
                        elements.toArray(Element[]::new)));
            }
        });
        return findings;
    }
}
