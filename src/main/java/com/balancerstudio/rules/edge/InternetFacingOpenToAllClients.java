package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reports an internet-facing load balancer whose security groups let only some sources reach a listener port, so
 * most internet clients are turned away (ELB-SEC-007). An allow list can be the point (partners, offices); the
 * warning asks to confirm it. A port nothing allows at all is ELB-SEC-002's finding, not this one.
 * A dualstack load balancer also has IPv6 clients, so its listener ports must be open to ::/0 as well as 0.0.0.0/0.
 */
public final class InternetFacingOpenToAllClients extends CatalogRule {
    public InternetFacingOpenToAllClients(Catalog catalog) {
        super(catalog, "ELB-SEC-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var groups = SecurityGroupPorts.groupsOf(design, lb);
            if (!lb.internetFacing() || groups.isEmpty()) {
                continue;
            }
            var sources = new LinkedHashSet<String>();
            for (var port : SecurityGroupPorts.listenerPorts(design, lb)) {
                var rules = SecurityGroupPorts.ingressAllowing(groups, port.ipProtocol(), port.port());
                boolean ipv6Blocked = lb.ipAddressType() == IpAddressType.DUALSTACK
                        && rules.stream().noneMatch(SecurityGroupPorts::fromAnywhereIpv6);
                if (!rules.isEmpty() && (ipv6Blocked || rules.stream().noneMatch(SecurityGroupPorts::fromAnywhere))) {
                    rules.forEach(rule -> sources.add(SecurityGroupPorts.sourceOf(design, rule)));
                }
            }
            if (!sources.isEmpty()) {
                var values = Values.of("lb.name", lb.name()).and("cidrs", String.join(", ", sources));
                findings.add(finding(values, lb, groups.get(0)));
            }
        }
        return findings;
    }
}
