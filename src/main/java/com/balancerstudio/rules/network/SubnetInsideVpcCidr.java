package com.balancerstudio.rules.network;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Checks that each subnet's CIDR block lies inside one of its VPC's CIDR blocks (NET-SUB-002). */
public final class SubnetInsideVpcCidr extends CatalogRule {
    public SubnetInsideVpcCidr(Catalog catalog) {
        super(catalog, "NET-SUB-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var vpc = design.topology().vpcOf(subnet);
            // A subnet may not straddle two adjacent VPC blocks: it must fit inside a single one.
            if (vpc != null && vpc.allCidrBlocks().stream().noneMatch(block -> block.contains(subnet.cidrBlock()))) {
                var blocks = vpc.allCidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", "));
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("cidr", subnet.cidrBlock())
                        .and("vpc.name", vpc.name()).and("vpc.cidrs", blocks), subnet, vpc));
            }
        }
        return findings;
    }
}
