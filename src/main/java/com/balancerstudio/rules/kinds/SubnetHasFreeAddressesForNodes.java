package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every subnet a load balancer is enabled in keeps the free addresses its node needs (ELB-GEN-004).
 * Counted as taken: the five addresses AWS reserves, each instance and NAT gateway drawn in the subnet, and one
 * address per other load balancer enabled there. Instances an Auto Scaling group launches are not counted, since
 * how many land in which subnet is decided at run time. A node with a fixed private address (internal Network Load
 * Balancer) needs no free address: it brings its own.
 */
public final class SubnetHasFreeAddressesForNodes extends CatalogRule {
    public SubnetHasFreeAddressesForNodes(Catalog catalog) {
        super(catalog, "ELB-GEN-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var loadBalancers = design.elementsOf(LoadBalancer.class);
        for (var lb : loadBalancers) {
            for (var mapping : lb.subnetMappings()) {
                var subnet = design.get(mapping.subnetId(), Subnet.class);
                if (subnet == null || mapping.privateIpv4Address() != null) {
                    continue;
                }
                long free = subnet.cidrBlock().addressCount() - AwsLimits.SUBNET_RESERVED_FIRST_ADDRESSES
                        - AwsLimits.SUBNET_RESERVED_LAST_ADDRESSES - taken(design, subnet, lb, loadBalancers);
                if (free < AwsLimits.LOAD_BALANCER_SUBNET_FREE_ADDRESSES) {
                    var values = Values.of("subnet.name", subnet.name()).and("free", Math.max(0, free))
                            .and("lb.name", lb.name());
                    findings.add(finding(values, lb, subnet));
                }
            }
        }
        return findings;
    }

    private static long taken(Design design, Subnet subnet, LoadBalancer self, List<LoadBalancer> loadBalancers) {
        long count = design.children(subnet.id()).stream()
                .filter(e -> e instanceof Instance || e instanceof NatGateway).count();
        for (var other : loadBalancers) {
            if (other != self && other.subnetIds().contains(subnet.id())) {
                count++;
            }
        }
        return count;
    }
}
