package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetIpAddressType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * An IPv6 target group behind an IPv4-only load balancer, or holding targets that are not IPv6 addresses; an
 * Application Load Balancer also takes instances addressed by IPv6 (ELB-TG-011).
 */
public final class Ipv6TargetGroupNeedsDualstack extends CatalogRule {
    public Ipv6TargetGroupNeedsDualstack(Catalog catalog) {
        super(catalog, "ELB-TG-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.ipAddressType() != TargetIpAddressType.IPV6) {
                continue;
            }
            var balancers = design.topology().loadBalancersOf(group);
            boolean ipv4Only = balancers.stream().anyMatch(lb -> lb.ipAddressType() == IpAddressType.IPV4);
            boolean albOnly = !balancers.isEmpty()
                    && balancers.stream().allMatch(lb -> lb.type() == LoadBalancerType.APPLICATION);
            boolean wrongTargets = group.targets().stream().anyMatch(target -> target.ipAddress() != null
                    ? !target.ipAddress().contains(":")
                    : !(albOnly && design.get(target.targetId()) instanceof Instance));
            if (ipv4Only || wrongTargets) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
