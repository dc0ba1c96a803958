package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports a VPC with more IPv4 CIDR blocks (primary included) than the default quota (NET-VPC-005). */
public final class VpcCidrBlocksQuota extends CatalogRule {
    public VpcCidrBlocksQuota(Catalog catalog) {
        super(catalog, "NET-VPC-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var vpc : design.elementsOf(Vpc.class)) {
            int blocks = vpc.allCidrBlocks().size();
            if (blocks > Quotas.of(design, Quota.IPV4_CIDR_BLOCKS_PER_VPC)) {
                findings.add(finding(Values.of("vpc.name", vpc.name()).and("n", blocks).and("quota", Quotas.described(design, Quota.IPV4_CIDR_BLOCKS_PER_VPC)), vpc));
            }
        }
        return findings;
    }
}
