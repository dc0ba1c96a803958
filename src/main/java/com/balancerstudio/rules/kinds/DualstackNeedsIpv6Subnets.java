package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.CompoundEdit;
import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A dualstack Application, Network or Gateway Load Balancer needs an IPv6 block on its VPC and a /64 on each of its
 * subnets (ELB-GEN-010). The fix asks Amazon for the VPC's block when it has none and numbers the next free /64s of
 * that block for the subnets without one, as one edit.
 */
public final class DualstackNeedsIpv6Subnets extends CatalogRule {
    public DualstackNeedsIpv6Subnets(Catalog catalog) {
        super(catalog, "ELB-GEN-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var vpc = design.topology().vpcOf(lb);
            if (lb.type() == LoadBalancerType.CLASSIC || lb.ipAddressType() != IpAddressType.DUALSTACK || vpc == null) {
                continue;
            }
            var without = design.topology().subnetsOf(lb).stream().filter(s -> !s.hasIpv6()).toList();
            if (vpc.hasIpv6() && without.isEmpty()) {
                continue;
            }
            var involved = new ArrayList<Element>();
            involved.add(lb);
            if (!vpc.hasIpv6()) {
                involved.add(vpc);
            }
            involved.addAll(without);
            findings.add(finding(Values.of("lb.name", lb.name()), giveIpv6(design, vpc, without),
                    involved.toArray(Element[]::new)));
        }
        return findings;
    }

    private static Edit giveIpv6(Design design, Vpc vpc, List<Subnet> without) {
        var edits = new ArrayList<Edit>();
        var withBlock = vpc;
        if (!vpc.hasIpv6()) {
            withBlock = vpc.withIpv6(true, null);
            edits.add(Edits.change(design, withBlock, "Give VPC " + vpc.name() + " an IPv6 block"));
        }
        long blocks = 1L << Math.min(30, Math.max(0, AwsLimits.SUBNET_IPV6_PREFIX - withBlock.ipv6PrefixLength()));
        if (withBlock.ipv6PrefixLength() > AwsLimits.SUBNET_IPV6_PREFIX) {
            return null;
        }
        var used = usedNumbers(design, withBlock);
        int next = 0;
        for (var subnet : without) {
            while (used.contains(next)) {
                next++;
            }
            if (next >= blocks) {
                return null;
            }
            used.add(next);
            edits.add(Edits.change(design, subnet.withIpv6(null, next), "Give subnet " + subnet.name() + " /64 number "
                    + next));
        }
        var names = without.stream().map(Subnet::name).toList();
        return new CompoundEdit(names.isEmpty() ? "Give VPC " + vpc.name() + " an IPv6 block"
                : "Give " + (vpc.hasIpv6() ? "" : "VPC " + vpc.name() + " an IPv6 block and ") + "subnet"
                + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + " an IPv6 /64", edits);
    }

    /** The /64 numbers the VPC's subnets already take, numbered or written out inside the VPC's block. */
    private static Set<Integer> usedNumbers(Design design, Vpc vpc) {
        var used = new HashSet<Integer>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var own = design.topology().vpcOf(subnet);
            if (own == null || !own.id().equals(vpc.id())) {
                continue;
            }
            if (subnet.ipv6Netnum() != null) {
                used.add(subnet.ipv6Netnum());
            } else if (subnet.ipv6CidrBlock() != null && vpc.ipv6CidrBlock() != null
                    && vpc.ipv6CidrBlock().contains(subnet.ipv6CidrBlock())
                    && subnet.ipv6CidrBlock().prefixLength() == AwsLimits.SUBNET_IPV6_PREFIX) {
                var offset = subnet.ipv6CidrBlock().network().subtract(vpc.ipv6CidrBlock().network())
                        .shiftRight(128 - AwsLimits.SUBNET_IPV6_PREFIX);
                used.add(offset.intValue());
            }
        }
        return used;
    }
}
