package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes a VPC CIDR block outside the RFC 1918 private ranges and the RFC 6598 shared range (NET-VPC-003). Link-local
 * blocks are left to NET-VPC-002, which refuses them outright.
 */
public final class VpcUsesPrivateRange extends CatalogRule {
    public VpcUsesPrivateRange(Catalog catalog) {
        super(catalog, "NET-VPC-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var vpc : design.elementsOf(Vpc.class)) {
            for (var cidr : vpc.allCidrBlocks()) {
                if (!isPrivate(cidr) && !AwsLimits.LINK_LOCAL_RANGE.overlaps(cidr)) {
                    findings.add(finding(Values.of("vpc.name", vpc.name()).and("cidr", cidr), vpc));
                }
            }
        }
        return findings;
    }

    static boolean isPrivate(Cidr cidr) {
        return AwsLimits.RFC1918_RANGES.stream().anyMatch(range -> range.contains(cidr))
                || AwsLimits.SHARED_ADDRESS_SPACE.contains(cidr);
    }
}
