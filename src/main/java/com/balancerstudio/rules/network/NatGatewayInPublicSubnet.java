package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that every public NAT gateway sits in a public subnet (NET-NAT-001). */
public final class NatGatewayInPublicSubnet extends CatalogRule {
    public NatGatewayInPublicSubnet(Catalog catalog) {
        super(catalog, "NET-NAT-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            var subnet = design.get(nat.parent(), Subnet.class);
            // No quick fix: whether to move the gateway or to make its subnet public is the designer's call.
            if (nat.isPublic() && subnet != null && !design.topology().isPublic(subnet)) {
                findings.add(finding(Values.of("nat.name", nat.name()).and("subnet.name", subnet.name()), nat, subnet));
            }
        }
        return findings;
    }
}
