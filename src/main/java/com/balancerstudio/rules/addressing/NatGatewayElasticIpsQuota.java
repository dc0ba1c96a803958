package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Quotas;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a public NAT gateway holding more Elastic IPs than the account's quota "Elastic IP addresses per public
 * NAT gateway" (AWS's default unless the design raises it) but no more than the hard limit, which NET-NAT-005 reports
 * (NET-NAT-011).
 */
public final class NatGatewayElasticIpsQuota extends CatalogRule {
    public NatGatewayElasticIpsQuota(Catalog catalog) {
        super(catalog, "NET-NAT-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var nat : design.elementsOf(NatGateway.class)) {
            int n = NatGatewayAddresses.count(nat);
            if (nat.isPublic() && n > Quotas.of(design, Quota.ELASTIC_IPS_PER_NAT_GATEWAY)
                    && n <= AwsLimits.ELASTIC_IPS_PER_NAT_GATEWAY_MAX) {
                var values = Values.of("nat.name", nat.name()).and("n", n)
                        .and("quota", Quotas.described(design, Quota.ELASTIC_IPS_PER_NAT_GATEWAY));
                findings.add(finding(values, NatGatewayAddresses.withAddresses(design, nat)));
            }
        }
        return findings;
    }
}
