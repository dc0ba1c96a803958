package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Quota;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Quotas;
import java.util.ArrayList;
import java.util.List;

/** Target groups in a Region (shared by Application and Network Load Balancers) against the quota (ELB-QTA-002). */
public final class TargetGroupsPerRegionQuota extends CatalogRule {
    public TargetGroupsPerRegionQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var region : design.elementsOf(Region.class)) {
            long groups = design.elementsOf(TargetGroup.class).stream()
                    .filter(g -> region.equals(design.topology().regionOf(g))).count();
            if (groups > Quotas.of(design, Quota.TARGET_GROUPS_PER_REGION)) {
                findings.add(finding(Values.of("region.name", region.regionName()).and("n", groups)
                        .and("quota", Quotas.described(design, Quota.TARGET_GROUPS_PER_REGION)), region));
            }
        }
        return findings;
    }
}
