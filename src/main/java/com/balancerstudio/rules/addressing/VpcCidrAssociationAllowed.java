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
 * Reports a VPC CIDR block AWS refuses to associate (NET-VPC-002): a link-local block, a secondary block overlapping
 * another block of the VPC, a secondary block from another RFC 1918 range than the primary's, or 198.19.0.0/16 mixed
 * with RFC 1918 blocks (the association restrictions of the VPC CIDR blocks page).
 */
public final class VpcCidrAssociationAllowed extends CatalogRule {
    public VpcCidrAssociationAllowed(Catalog catalog) {
        super(catalog, "NET-VPC-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var vpc : design.elementsOf(Vpc.class)) {
            var blocks = vpc.allCidrBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                var reason = refusal(blocks, i);
                if (reason != null) {
                    findings.add(finding(Values.of("vpc.name", vpc.name()).and("cidr", blocks.get(i))
                            .and("reason", reason), vpc));
                }
            }
        }
        return findings;
    }

    /** Why block i cannot be associated (the primary is block 0), or null. */
    private static String refusal(List<Cidr> blocks, int i) {
        var block = blocks.get(i);
        if (AwsLimits.LINK_LOCAL_RANGE.overlaps(block)) {
            return "it is in the link-local range " + AwsLimits.LINK_LOCAL_RANGE;
        }
        if (i == 0) {
            return null;
        }
        for (int j = 0; j < i; j++) {
            if (blocks.get(j).overlaps(block)) {
                return "it overlaps " + blocks.get(j) + " of the same VPC";
            }
        }
        var primary = blocks.get(0);
        var primaryRange = rfc1918RangeOf(primary);
        var range = rfc1918RangeOf(block);
        if (primaryRange != null && range != null && !primaryRange.equals(range)) {
            return "the primary block " + primary + " is in " + primaryRange + ", so secondary blocks cannot come from "
                    + range;
        }
        boolean benchmark = AwsLimits.BENCHMARK_RANGE.overlaps(block) || AwsLimits.BENCHMARK_RANGE.overlaps(primary);
        if (benchmark && (primaryRange != null || range != null)) {
            return AwsLimits.BENCHMARK_RANGE + " cannot be mixed with RFC 1918 blocks";
        }
        return null;
    }

    private static Cidr rfc1918RangeOf(Cidr cidr) {
        return AwsLimits.RFC1918_RANGES.stream().filter(range -> range.contains(cidr)).findFirst().orElse(null);
    }
}
