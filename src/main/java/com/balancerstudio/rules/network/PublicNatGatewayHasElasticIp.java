package com.balancerstudio.rules.network;

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

/** Checks that every public NAT gateway has an Elastic IP allocation (NET-NAT-002). */
public final class PublicNatGatewayHasElasticIp extends CatalogRule {
    public PublicNatGatewayHasElasticIp(Catalog catalog) {
        super(catalog, "NET-NAT-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            // An allocation that names no Elastic IP (a dangling id) leaves the gateway just as address-less.
            if (nat.isPublic() && design.get(nat.allocationId(), ElasticIp.class) == null) {
                findings.add(finding(Values.of("nat.name", nat.name()), quickFix(design, nat), nat));
            }
        }
        return findings;
    }

    /** Associate the Region's one idle Elastic IP; with none or several, which to use is not obvious. */
    private static Edit quickFix(Design design, NatGateway nat) {
        var region = design.topology().regionOf(nat);
        var idle = design.elementsOf(ElasticIp.class).stream()
                .filter(ip -> Objects.equals(design.topology().regionOf(ip), region))
                .filter(ip -> ElasticIpAssociations.count(design, ip) == 0).toList();
        if (region == null || idle.size() != 1) {
            return null;
        }
        var ip = idle.get(0);
        var changed = nat.withAllocation(ip.id());
        return Edits.change(design, changed, "Associate Elastic IP '" + ip.name() + "' with NAT gateway '"
                + nat.name() + "'");
    }
}
