package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Checks the fixed private address of each Network Load Balancer node (ELB-NLB-003): it must lie in the mapped subnet,
 * not be one of the five addresses AWS reserves there, and not be taken by another node of the design.
 */
public final class NlbPrivateAddressUsable extends CatalogRule {
    public NlbPrivateAddressUsable(Catalog catalog) {
        super(catalog, "ELB-NLB-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var taken = new HashMap<Long, LoadBalancer>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.NETWORK) {
                continue;
            }
            for (var mapping : lb.subnetMappings()) {
                var subnet = design.get(mapping.subnetId(), Subnet.class);
                var ip = mapping.privateIpv4Address();
                if (ip == null || subnet == null) {
                    continue;
                }
                var address = parse(ip);
                boolean usable = address != null && usable(subnet.cidrBlock(), address)
                        && taken.putIfAbsent(address, lb) == null;
                if (!usable) {
                    var values = Values.of("ip", ip).and("lb.name", lb.name()).and("subnet.name", subnet.name())
                            .and("cidr", subnet.cidrBlock());
                    findings.add(finding(values, lb, subnet));
                }
            }
        }
        return findings;
    }

    /** The address as a number, or null when it is not a dotted IPv4 address. */
    private static Long parse(String ip) {
        try {
            return Cidr.parse(ip.strip() + "/32").address();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean usable(Cidr block, long address) {
        long first = block.network() + AwsLimits.SUBNET_RESERVED_FIRST_ADDRESSES;
        long last = block.lastAddress() - AwsLimits.SUBNET_RESERVED_LAST_ADDRESSES;
        return address >= first && address <= last;
    }
}
