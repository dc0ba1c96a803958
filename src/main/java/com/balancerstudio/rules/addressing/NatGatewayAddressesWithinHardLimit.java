package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a public NAT gateway holding more Elastic IPs (primary and secondary together) than AWS allows however far
 * the account's quota is raised (NET-NAT-005). Which addresses to give up is the designer's choice: no quick fix.
 */
public final class NatGatewayAddressesWithinHardLimit extends CatalogRule {
    public NatGatewayAddressesWithinHardLimit(Catalog catalog) {
        super(catalog, "NET-NAT-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            int n = NatGatewayAddresses.count(nat);
            if (nat.isPublic() && n > AwsLimits.ELASTIC_IPS_PER_NAT_GATEWAY_MAX) {
                findings.add(finding(Values.of("nat.name", nat.name()).and("n", n), nat));
            }
        }
        return findings;
    }
}
