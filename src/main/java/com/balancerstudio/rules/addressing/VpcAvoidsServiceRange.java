package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Notes a VPC whose address range overlaps 172.17.0.0/16, which some AWS services use themselves (NET-VPC-004). */
public final class VpcAvoidsServiceRange extends CatalogRule {
    public VpcAvoidsServiceRange(Catalog catalog) {
        super(catalog, "NET-VPC-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var vpc : design.elementsOf(Vpc.class)) {
            if (vpc.allCidrBlocks().stream().anyMatch(AwsLimits.SERVICE_CONFLICT_RANGE::overlaps)) {
                findings.add(finding(Values.of("vpc.name", vpc.name()), vpc));
            }
        }
        return findings;
    }
}
