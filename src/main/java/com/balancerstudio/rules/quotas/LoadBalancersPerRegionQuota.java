package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Region;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Quotas;
import java.util.ArrayList;
import java.util.List;

/** Load balancers of each kind in a Region, against the account's quota for that kind (ELB-QTA-001). */
public final class LoadBalancersPerRegionQuota extends CatalogRule {
    public LoadBalancersPerRegionQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var region : design.elementsOf(Region.class)) {
            for (var type : LoadBalancerType.values()) {
                var balancers = design.elementsOf(LoadBalancer.class).stream()
                        .filter(lb -> lb.type() == type && region.equals(design.topology().regionOf(lb))).toList();
                var quota = Quotas.loadBalancersPerRegion(type);
                if (balancers.size() > Quotas.of(design, quota)) {
                    findings.add(finding(Values.of("region.name", region.regionName()).and("n", balancers.size())
                            .and("type", type.displayName()).and("quota", Quotas.described(design, quota)), region));
                }
            }
        }
        return findings;
    }
}
