package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
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
                    var values = Values.of("lb.name", lb.name()).and("port", port.port());
                    findings.add(finding(values, quickFix(design, lb, groups, port), lb, groups.get(0)));
                }
            }
        }
        return findings;
    }

    /**
     * With a single load balancer security group, open the port outbound there: to the targets' security group when
     * they all share exactly one, else to the VPC's range. With several groups, which one should carry it is a choice.
     */
    private static Edit quickFix(Design design, LoadBalancer lb, List<SecurityGroup> groups,
                                 SecurityGroupPorts.ProtocolPort port) {
        var vpc = design.topology().vpcOf(lb);
        if (groups.size() != 1 || vpc == null) {
            return null;
        }
        var targetGroups = TargetPorts.instanceTargets(design, lb).stream()
                .map(target -> Set.copyOf(target.instance().securityGroupIds())).distinct().toList();
        boolean oneTargetGroup = targetGroups.size() == 1 && targetGroups.get(0).size() == 1;
        ElementId destinationGroup = oneTargetGroup ? targetGroups.get(0).iterator().next() : null;
        Cidr destination = oneTargetGroup ? null : vpc.cidrBlock();
        var group = groups.get(0);
        var egress = new ArrayList<>(group.egress());
        egress.add(new SecurityGroupRule(port.ipProtocol(), port.port(), port.port(), destination, destinationGroup,
                "to the targets on port " + port.port()));
        var changed = new SecurityGroup(group.id(), group.name(), group.parent(), group.bounds(), group.description(),
                group.ingress(), egress);
        var label = "Allow " + port.ipProtocol().toUpperCase() + " " + port.port() + " out to "
                + SecurityGroupPorts.sourceOf(design, egress.get(egress.size() - 1)) + " in " + group.name();
        return Edits.change(design, changed, label);
    }

    private static boolean egressAllows(List<SecurityGroup> groups, SecurityGroupPorts.ProtocolPort port) {
        return groups.stream().flatMap(g -> g.egress().stream())
                .anyMatch(rule -> SecurityGroupPorts.allows(rule, port.ipProtocol(), port.port()));
    }

    /** The ports the load balancer connects to: each target's traffic port and each health check port. */
    private static Set<SecurityGroupPorts.ProtocolPort> targetPorts(Design design, LoadBalancer lb) {
        var ports = new LinkedHashSet<SecurityGroupPorts.ProtocolPort>();
        if (lb.type() == LoadBalancerType.CLASSIC) {
            for (Listener listener : design.topology().listenersOf(lb)) {
                var port = listener.instancePort() != null ? listener.instancePort() : listener.port();
                addTraffic(ports, port, "tcp");
            }
            if (lb.healthCheck() != null) {
                addHealthCheck(ports, lb.healthCheck(), null);
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

    private static void addTraffic(Set<SecurityGroupPorts.ProtocolPort> ports, Integer port, String protocol) {
        if (port != null) {
            ports.add(new SecurityGroupPorts.ProtocolPort(port, protocol));
        }
    }

    /** Health checks are TCP, HTTP or HTTPS: always TCP connections, on their own port or the traffic port. */
    private static void addHealthCheck(Set<SecurityGroupPorts.ProtocolPort> ports, HealthCheck check,
                                       Integer trafficPort) {
        var port = check.port();
        if (port == null || port.isBlank() || TRAFFIC_PORT.equals(port)) {
            addTraffic(ports, trafficPort, "tcp");
        } else if (port.chars().allMatch(Character::isDigit) && port.length() <= 5) {
            addTraffic(ports, Integer.parseInt(port), "tcp");
        }
    }
}
