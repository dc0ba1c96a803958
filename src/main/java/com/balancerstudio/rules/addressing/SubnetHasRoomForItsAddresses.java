package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports a subnet too small for the addresses the design will take from it (NET-SUB-006): one per instance and NAT
 * gateway, the free addresses a load balancer node needs, and an even share of each Auto Scaling group's maximum size.
 * The usable count leaves out the addresses AWS reserves in every subnet.
 */
public final class SubnetHasRoomForItsAddresses extends CatalogRule {
    public SubnetHasRoomForItsAddresses(Catalog catalog) {
        super(catalog, "NET-SUB-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var needed = new HashMap<ElementId, Long>();
        for (var element : design.elements()) {
            if (element instanceof Instance || element instanceof NatGateway) {
                add(needed, element.parent(), 1);
            } else if (element instanceof LoadBalancer lb) {
                lb.subnetIds().forEach(subnet -> add(needed, subnet, AwsLimits.LOAD_BALANCER_ADDRESSES_PER_SUBNET));
            } else if (element instanceof AutoScalingGroup group && !group.subnetIds().isEmpty()) {
                long share = (group.maxSize() + group.subnetIds().size() - 1) / group.subnetIds().size();
                group.subnetIds().forEach(subnet -> add(needed, subnet, share));
            }
        }
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            long usable = subnet.cidrBlock().addressCount() - AwsLimits.SUBNET_RESERVED_FIRST_ADDRESSES
                    - AwsLimits.SUBNET_RESERVED_LAST_ADDRESSES;
            long need = needed.getOrDefault(subnet.id(), 0L);
            if (need > 0 && need > usable) {
                findings.add(finding(Values.of("subnet.name", subnet.name()).and("cidr", subnet.cidrBlock())
                        .and("usable", Math.max(usable, 0)).and("needed", need), subnet));
            }
        }
        return findings;
    }

    private static void add(Map<ElementId, Long> needed, ElementId subnet, long count) {
        needed.merge(subnet, count, Long::sum);
    }
}
