package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports an inbound rule of a load balancer's security group that opens 0.0.0.0/0 wider than the listeners need:
 * on ports no listener uses, or at all when the load balancer is internal (ELB-SEC-004).
 */
public final class InboundLimitedToListeners extends CatalogRule {
    public InboundLimitedToListeners(Catalog catalog) {
        super(catalog, "ELB-SEC-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var ports = SecurityGroupPorts.listenerPorts(design, lb);
            for (var group : SecurityGroupPorts.groupsOf(design, lb)) {
                for (var rule : group.ingress()) {
                    boolean wider = !lb.internetFacing() || !onlyListenerPorts(rule, ports);
                    if (SecurityGroupPorts.fromAnywhere(rule) && wider) {
                        var values = Values.of("lb.name", lb.name()).and("cidr", rule.cidrIpv4().text())
                                .and("ports", SecurityGroupPorts.portsOf(rule));
                        findings.add(finding(values, group, lb));
                    }
                }
            }
        }
        return findings;
    }

    /** Whether every port the rule opens is a listener port (with the listener's protocol). */
    private static boolean onlyListenerPorts(SecurityGroupRule rule, Set<SecurityGroupPorts.ProtocolPort> ports) {
        if (SecurityGroupPorts.ALL_PROTOCOLS.equals(rule.ipProtocol()) || rule.fromPort() == null) {
            return false;
        }
        int to = rule.toPort() == null ? rule.fromPort() : rule.toPort();
        for (int port = rule.fromPort(); port <= to; port++) {
            if (!ports.contains(new SecurityGroupPorts.ProtocolPort(port, rule.ipProtocol().toLowerCase()))) {
                return false;
            }
        }
        return true;
    }
}
