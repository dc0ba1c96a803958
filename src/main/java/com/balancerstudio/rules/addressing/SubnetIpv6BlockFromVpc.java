package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A subnet's IPv6 block must be a /64 of its VPC's IPv6 block (NET-SUB-007): not another size, not outside the VPC's
 * block, not without a VPC block at all, and not written out when the VPC's block is generated (AWS picks that block,
 * so the subnet numbers its /64 instead). There is no one fix: the VPC may need a block, or the subnet another one.
 */
public final class SubnetIpv6BlockFromVpc extends CatalogRule {
    public SubnetIpv6BlockFromVpc(Catalog catalog) {
        super(catalog, "NET-SUB-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var vpc = design.topology().vpcOf(subnet);
            if (subnet.hasIpv6() && vpc != null && !fits(subnet, vpc)) {
                findings.add(finding(Values.of("subnet.name", subnet.name()), subnet, vpc));
            }
        }
        return findings;
    }

    private static boolean fits(Subnet subnet, Vpc vpc) {
        if (!vpc.hasIpv6()) {
            return false;
        }
        var block = subnet.ipv6CidrBlock();
        if (block != null) {
            return block.prefixLength() == AwsLimits.SUBNET_IPV6_PREFIX && vpc.ipv6CidrBlock() != null
                    && vpc.ipv6CidrBlock().contains(block);
        }
        int newBits = AwsLimits.SUBNET_IPV6_PREFIX - vpc.ipv6PrefixLength();
        return newBits >= 0 && newBits < 31 && subnet.ipv6Netnum() < (1L << newBits);
    }
}
