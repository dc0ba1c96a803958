package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reports a VPC with more subnets than the default quota (NET-VPC-007). */
public final class SubnetsPerVpcQuota extends CatalogRule {
    public SubnetsPerVpcQuota(Catalog catalog) {
        super(catalog, "NET-VPC-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var counts = new LinkedHashMap<Vpc, Integer>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var vpc = design.topology().vpcOf(subnet);
            if (vpc != null) {
                counts.merge(vpc, 1, Integer::sum);
            }
        }
        var findings = new ArrayList<Finding>();
        counts.forEach((vpc, n) -> {
            if (n > Quotas.of(design, Quota.SUBNETS_PER_VPC)) {
                findings.add(finding(Values.of("vpc.name", vpc.name()).and("n", n).and("quota", Quotas.described(design, Quota.SUBNETS_PER_VPC)), vpc));
            }
        });
        return findings;
    }
}
