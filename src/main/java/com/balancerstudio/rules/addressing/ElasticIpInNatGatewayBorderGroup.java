package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports an Elastic IP of a public NAT gateway allocated in another network border group than the gateway's zone,
 * which AWS refuses to associate (NET-NAT-009). An address without a border group of its own is its Region's. When
 * the gateway is the address's only user, the fix moves the address to the zone's group.
 */
public final class ElasticIpInNatGatewayBorderGroup extends CatalogRule {
    public ElasticIpInNatGatewayBorderGroup(Catalog catalog) {
        super(catalog, "NET-NAT-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            var zone = topology.zoneOf(nat);
            var zoneGroup = zone == null ? null : topology.networkBorderGroupOf(zone);
            if (!nat.isPublic() || zoneGroup == null) {
                continue;
            }
            for (var ip : NatGatewayAddresses.of(design, nat)) {
                var ipGroup = borderGroupOf(design, ip);
                if (ipGroup != null && !ipGroup.equals(zoneGroup)) {
                    var values = Values.of("eip.name", ip.name()).and("eip.nbg", ipGroup).and("nat.name", nat.name())
                            .and("az.name", zone.zoneName());
                    findings.add(finding(values, quickFix(design, ip, nat, zoneGroup), nat, ip));
                }
            }
        }
        return findings;
    }

    /** The address's own border group, else its Region's name (null when it is in no Region). */
    private static String borderGroupOf(Design design, ElasticIp ip) {
        if (ip.networkBorderGroup() != null) {
            return ip.networkBorderGroup();
        }
        var region = design.topology().regionOf(ip);
        return region == null ? null : region.regionName();
    }

    /** Only when no other element uses the address: moving it would take it away from them. */
    private static Edit quickFix(Design design, ElasticIp ip, NatGateway nat, String zoneGroup) {
        boolean onlyUser = design.topology().referrersOf(ip.id()).stream().allMatch(user -> user.id().equals(nat.id()));
        if (!onlyUser) {
            return null;
        }
        var region = design.topology().regionOf(ip);
        var group = region != null && Objects.equals(region.regionName(), zoneGroup) ? null : zoneGroup;
        var moved = new ElasticIp(ip.id(), ip.name(), ip.parent(), ip.bounds(), group);
        return Edits.change(design, moved, "Allocate Elastic IP '" + ip.name() + "' in network border group "
                + zoneGroup);
    }
}
