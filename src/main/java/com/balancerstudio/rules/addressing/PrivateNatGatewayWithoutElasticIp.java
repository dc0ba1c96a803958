package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a private NAT gateway given Elastic IPs, primary or secondary, which AWS refuses (NET-NAT-003); the fix
 * releases them all.
 */
public final class PrivateNatGatewayWithoutElasticIp extends CatalogRule {
    public PrivateNatGatewayWithoutElasticIp(Catalog catalog) {
        super(catalog, "NET-NAT-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            var ips = NatGatewayAddresses.of(design, nat);
            if (!nat.isPublic() && !ips.isEmpty()) {
                var fixed = new NatGateway(nat.id(), nat.name(), nat.parent(), nat.bounds(), nat.connectivityType(),
                        null, List.of());
                var label = ips.size() == 1
                        ? "Remove Elastic IP '" + ips.get(0).name() + "' from private NAT gateway '" + nat.name() + "'"
                        : "Remove the Elastic IPs from private NAT gateway '" + nat.name() + "'";
                findings.add(finding(Values.of("nat.name", nat.name()), Edits.change(design, fixed, label),
                        NatGatewayAddresses.withAddresses(design, nat)));
            }
        }
        return findings;
    }
}
