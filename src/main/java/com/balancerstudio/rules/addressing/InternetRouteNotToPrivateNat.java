package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Warns about a subnet whose default route leads to a private NAT gateway, which cannot reach the internet (NET-NAT-008). */
public final class InternetRouteNotToPrivateNat extends CatalogRule {
    public InternetRouteNotToPrivateNat(Catalog catalog) {
        super(catalog, "NET-NAT-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var nat = design.topology().defaultNatGatewayOf(subnet);
            if (nat != null && !nat.isPublic()) {
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("nat.name", nat.name()), subnet, nat));
            }
        }
        return findings;
    }
}
