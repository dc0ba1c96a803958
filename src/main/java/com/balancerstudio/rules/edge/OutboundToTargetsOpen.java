package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports a target or health-check port that no outbound rule of the load balancer's security groups lets through:
 * the load balancer then cannot reach its targets, nor tell whether they are healthy (ELB-SEC-003). Security groups
 * are stateful, so replies need no rule; only the connections the load balancer opens do.
 */
public final class OutboundToTargetsOpen extends CatalogRule {
    /** The health check port value that means "the port traffic is sent to". */
    private static final String TRAFFIC_PORT = "traffic-port";

    public OutboundToTargetsOpen(Catalog catalog) {
        super(catalog, "ELB-SEC-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var groups = SecurityGroupPorts.groupsOf(design, lb);
            if (groups.isEmpty()) {
                continue;
            }
            for (var port : targetPorts(design, lb)) {
                if (!egressAllows(groups, port)) {
                    findings.add(finding(Values.of("lb.name", lb.name()).and("port", port.port()), lb, groups.get(0)));
                }
            }
        }
        return findings;
    }

    private static boolean egressAllows(List<SecurityGroup> groups, SecurityGroupPorts.ListenerPort port) {
        return groups.stream().flatMap(g -> g.egress().stream())
                .anyMatch(rule -> SecurityGroupPorts.allows(rule, port.ipProtocol(), port.port()));
    }

    /** The ports the load balancer connects to: each target's traffic port and each health check port. */
    private static Set<SecurityGroupPorts.ListenerPort> targetPorts(Design design, LoadBalancer lb) {
        var ports = new LinkedHashSet<SecurityGroupPorts.ListenerPort>();
        if (lb.type() == LoadBalancerType.CLASSIC) {
            for (Listener listener : design.topology().listenersOf(lb)) {
                var port = listener.instancePort() != null ? listener.instancePort() : listener.port();
                addTraffic(ports, port, "tcp");
                if (lb.healthCheck() != null) {
                    addHealthCheck(ports, lb.healthCheck(), null);
                }
            }
            return ports;
        }
        for (TargetGroup group : design.topology().targetGroupsOf(lb)) {
            if (group.targetType() != TargetType.INSTANCE && group.targetType() != TargetType.IP) {
                continue;
            }
            String protocol = SecurityGroupPorts.ipProtocolOf(group.protocol());
            for (var target : group.targets()) {
                addTraffic(ports, target.port() != null ? target.port() : group.port(), protocol);
            }
            if (group.targets().isEmpty()) {
                addTraffic(ports, group.port(), protocol);
            }
            addHealthCheck(ports, group.healthCheck(), group.port());
        }
        return ports;
    }

    private static void addTraffic(Set<SecurityGroupPorts.ListenerPort> ports, Integer port, String protocol) {
        if (port != null) {
            ports.add(new SecurityGroupPorts.ListenerPort(port, protocol));
        }
    }

    /** Health checks are TCP, HTTP or HTTPS: always TCP connections, on their own port or the traffic port. */
    private static void addHealthCheck(Set<SecurityGroupPorts.ListenerPort> ports, HealthCheck check,
                                       Integer trafficPort) {
        var port = check.port();
        if (port == null || port.isBlank() || TRAFFIC_PORT.equals(port)) {
            addTraffic(ports, trafficPort, "tcp");
        } else if (port.chars().allMatch(Character::isDigit) && port.length() <= 5) {
            addTraffic(ports, Integer.parseInt(port), "tcp");
        }
    }
}
