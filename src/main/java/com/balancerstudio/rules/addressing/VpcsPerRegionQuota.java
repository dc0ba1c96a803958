package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a Region holding more VPCs than the default quota (NET-VPC-006). */
public final class VpcsPerRegionQuota extends CatalogRule {
    public VpcsPerRegionQuota(Catalog catalog) {
        super(catalog, "NET-VPC-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var entry : InRegion.group(design, Vpc.class).entrySet()) {
            var vpcs = entry.getValue();
            if (vpcs.size() > Quotas.of(design, Quota.VPCS_PER_REGION)) {
                var elements = new ArrayList<Element>();
                elements.add(entry.getKey());
                elements.addAll(vpcs);
                findings.add(finding(Values.of("region.name", entry.getKey().regionName()).and("n", vpcs.size()).and("quota", Quotas.described(design, Quota.VPCS_PER_REGION)),
                        elements.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
