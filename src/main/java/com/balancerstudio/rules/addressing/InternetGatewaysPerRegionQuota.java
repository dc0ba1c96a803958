package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a Region holding more internet gateways than the default quota (NET-IGW-003). */
public final class InternetGatewaysPerRegionQuota extends CatalogRule {
    public InternetGatewaysPerRegionQuota(Catalog catalog) {
        super(catalog, "NET-IGW-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var entry : InRegion.group(design, InternetGateway.class).entrySet()) {
            var gateways = entry.getValue();
            if (gateways.size() > Quotas.of(design, Quota.VPCS_PER_REGION)) {
                var elements = new ArrayList<Element>();
                elements.add(entry.getKey());
                elements.addAll(gateways);
                findings.add(finding(Values.of("region.name", entry.getKey().regionName()).and("n", gateways.size()).and("quota", Quotas.described(design, Quota.VPCS_PER_REGION)),
                        elements.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
