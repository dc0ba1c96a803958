package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a private NAT gateway given an Elastic IP, which AWS refuses (NET-NAT-003); the fix releases the address. */
public final class PrivateNatGatewayWithoutElasticIp extends CatalogRule {
    public PrivateNatGatewayWithoutElasticIp(Catalog catalog) {
        super(catalog, "NET-NAT-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            var ip = design.get(nat.allocationId(), ElasticIp.class);
            if (!nat.isPublic() && ip != null) {
                var fixed = new NatGateway(nat.id(), nat.name(), nat.parent(), nat.bounds(), nat.connectivityType(), null);
                findings.add(finding(Values.of("nat.name", nat.name()), Edits.change(design, fixed,
                        "Remove Elastic IP '" + ip.name() + "' from private NAT gateway '" + nat.name() + "'"), nat, ip));
            }
        }
        return findings;
    }
}
