package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that no Region allocates more Elastic IPs than the account's quota, AWS's default unless raised (NET-EIP-001). */
public final class ElasticIpQuotaPerRegion extends CatalogRule {
    public ElasticIpQuotaPerRegion(Catalog catalog) {
        super(catalog, "NET-EIP-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var region : design.elementsOf(Region.class)) {
            // Idle addresses count too: the quota is on allocations, not associations.
            var ips = design.elementsOf(ElasticIp.class).stream()
                    .filter(ip -> region.equals(design.topology().regionOf(ip))).toList();
            if (ips.size() > Quotas.of(design, Quota.ELASTIC_IPS_PER_REGION)) {
                var elements = new ArrayList<Element>();
                elements.add(region);
                elements.addAll(ips);
                findings.add(finding(Values.of("region.name", region.regionName()).and("n", ips.size())
                                .and("quota", Quotas.described(design, Quota.ELASTIC_IPS_PER_REGION)),
                        elements.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
