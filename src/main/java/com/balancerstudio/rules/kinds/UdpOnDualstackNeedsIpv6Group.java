package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetIpAddressType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** A UDP listener of a dualstack Network Load Balancer that forwards to an IPv4 target group (ELB-NLB-007). */
public final class UdpOnDualstackNeedsIpv6Group extends CatalogRule {
    public UdpOnDualstackNeedsIpv6Group(Catalog catalog) {
        super(catalog, "ELB-NLB-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var lb = design.get(listener.parent(), LoadBalancer.class);
            if (lb == null || lb.type() != LoadBalancerType.NETWORK || lb.ipAddressType() != IpAddressType.DUALSTACK
                    || listener.protocol() != Protocol.UDP || listener.defaultAction() == null) {
                continue;
            }
            for (var weighted : listener.defaultAction().targetGroups()) {
                var group = design.get(weighted.targetGroupId(), TargetGroup.class);
                if (group != null && group.ipAddressType() != TargetIpAddressType.IPV6) {
                    findings.add(finding(Values.of("listener", listener.name()).and("lb.name", lb.name()),
                            listener, group));
                }
            }
        }
        return findings;
    }
}
