package com.balancerstudio.rules;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.TargetGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Whether security groups let a load balancer reach its targets: an ingress rule covering the protocol and port whose
 * source is one of the load balancer's security groups, or address ranges covering every subnet it has a node in
 * (the only way for a Gateway Load Balancer, which has no security groups). Shared by the rules on instance targets,
 * Auto Scaling groups and appliances.
 */
public final class LoadBalancerIngress {
    /** The IP protocol value meaning every protocol and every port. */
    private static final String ALL_PROTOCOLS = "-1";
    /** The health check port value meaning "the port traffic is sent to". */
    private static final String TRAFFIC_PORT = "traffic-port";

    private LoadBalancerIngress() {
    }

    /** A port with the IP protocol (tcp or udp) that reaches it. */
    public record ProtocolPort(int port, String ipProtocol) {
    }

    /** The security groups of the ids, or null when one is not in the design: then what AWS attaches is unknown. */
    public static List<SecurityGroup> securityGroups(Design design, List<ElementId> ids) {
        var groups = new ArrayList<SecurityGroup>();
        for (var id : ids) {
            var group = design.get(id, SecurityGroup.class);
            if (group == null) {
                return null;
            }
            groups.add(group);
        }
        return groups;
    }

    /** Whether an ingress rule of the groups lets the load balancer in on the port. */
    public static boolean admits(Design design, List<SecurityGroup> groups, LoadBalancer lb, ProtocolPort port) {
        var rules = groups.stream().flatMap(group -> group.ingress().stream())
                .filter(rule -> allows(rule, port.ipProtocol(), port.port())).toList();
        if (rules.stream().anyMatch(rule -> rule.referencedSecurityGroupId() != null
                && lb.securityGroupIds().contains(rule.referencedSecurityGroupId()))) {
            return true;
        }
        var subnets = design.topology().subnetsOf(lb);
        return !subnets.isEmpty() && subnets.stream().allMatch(subnet -> rules.stream()
                .anyMatch(rule -> rule.cidrIpv4() != null && rule.cidrIpv4().contains(subnet.cidrBlock())));
    }

    /** Whether the rule lets the port through for the protocol ("-1" covers all protocols and ports). */
    public static boolean allows(SecurityGroupRule rule, String ipProtocol, int port) {
        if (ALL_PROTOCOLS.equals(rule.ipProtocol()) || "all".equalsIgnoreCase(rule.ipProtocol())) {
            return true;
        }
        if (!rule.ipProtocol().equalsIgnoreCase(ipProtocol)) {
            return false;
        }
        int from = rule.fromPort() == null ? 0 : rule.fromPort();
        long to = rule.toPort() == null ? AwsLimits.LISTENER_PORT.max() : rule.toPort();
        return from <= port && port <= to;
    }

    /**
     * The ports the load balancer connects to on a target of the group: the traffic port (the target's own, else the
     * group's) over the group's protocol, and a health check port over TCP. A Gateway Load Balancer sends GENEVE,
     * UDP 6081, whatever the group says.
     */
    public static List<ProtocolPort> targetPorts(LoadBalancer lb, TargetGroup group, Integer targetPort) {
        if (lb.type() == LoadBalancerType.GATEWAY) {
            return List.of(new ProtocolPort(AwsLimits.GENEVE_PORT, AwsLimits.GENEVE_IP_PROTOCOL));
        }
        var ports = new LinkedHashSet<ProtocolPort>();
        var traffic = targetPort != null ? targetPort : group.port();
        if (traffic != null) {
            ports.add(new ProtocolPort(traffic, ipProtocolOf(group.protocol())));
        }
        addHealthCheck(ports, group.healthCheck(), traffic);
        return List.copyOf(ports);
    }

    /** The ports a Classic Load Balancer connects to on its instances: each listener's instance port, and its check. */
    public static List<ProtocolPort> classicPorts(Design design, LoadBalancer lb) {
        var ports = new LinkedHashSet<ProtocolPort>();
        for (var listener : design.topology().listenersOf(lb)) {
            var port = listener.instancePort() != null ? listener.instancePort() : listener.port();
            if (port != null) {
                ports.add(new ProtocolPort(port, "tcp"));
            }
        }
        if (lb.healthCheck() != null) {
            addHealthCheck(ports, lb.healthCheck(), null);
        }
        return new ArrayList<>(ports);
    }

    /** UDP and QUIC targets receive UDP datagrams; every other target protocol runs over TCP. */
    private static String ipProtocolOf(Protocol protocol) {
        return protocol == Protocol.UDP || protocol == Protocol.QUIC ? "udp" : "tcp";
    }

    /** Health checks are TCP, HTTP or HTTPS: TCP connections to their own port, or to the traffic port. */
    private static void addHealthCheck(LinkedHashSet<ProtocolPort> ports, HealthCheck check, Integer trafficPort) {
        var port = check == null ? null : check.port();
        if (port == null || port.isBlank() || TRAFFIC_PORT.equals(port)) {
            if (trafficPort != null) {
                ports.add(new ProtocolPort(trafficPort, "tcp"));
            }
        } else if (port.chars().allMatch(Character::isDigit) && port.length() <= 5) {
            ports.add(new ProtocolPort(Integer.parseInt(port), "tcp"));
        }
    }
}
