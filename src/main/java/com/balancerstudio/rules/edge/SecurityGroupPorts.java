package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What security group rules let through: which rule covers a port, and the ports a load balancer listens on. */
final class SecurityGroupPorts {
    /** The IP protocol value meaning every protocol and every port. */
    static final String ALL_PROTOCOLS = "-1";
    static final String ANYWHERE = "0.0.0.0/0";

    private SecurityGroupPorts() {
    }

    /** A port with the IP protocol (tcp or udp) that reaches it: a listener port, a target port. */
    record ProtocolPort(int port, String ipProtocol) {
    }

    /** The security groups of the load balancer that exist in the design. */
    static List<SecurityGroup> groupsOf(Design design, LoadBalancer lb) {
        return lb.securityGroupIds().stream().map(id -> design.get(id, SecurityGroup.class))
                .filter(Objects::nonNull).toList();
    }

    /** The distinct ports of the load balancer's listeners, in listener order (listeners without a port skipped). */
    static Set<ProtocolPort> listenerPorts(Design design, LoadBalancer lb) {
        var ports = new LinkedHashSet<ProtocolPort>();
        for (Listener listener : design.topology().listenersOf(lb)) {
            if (listener.port() != null) {
                ports.add(new ProtocolPort(listener.port(), ipProtocolOf(listener.protocol())));
            }
        }
        return ports;
    }

    /** UDP and QUIC listeners receive UDP datagrams; every other listener protocol runs over TCP. */
    static String ipProtocolOf(Protocol protocol) {
        return protocol == Protocol.UDP || protocol == Protocol.QUIC ? "udp" : "tcp";
    }

    /** Whether the rule lets the port through for the protocol ("-1" covers all protocols and ports). */
    static boolean allows(SecurityGroupRule rule, String ipProtocol, int port) {
        if (ALL_PROTOCOLS.equals(rule.ipProtocol())) {
            return true;
        }
        if (!rule.ipProtocol().equalsIgnoreCase(ipProtocol)) {
            return false;
        }
        int from = rule.fromPort() == null ? 0 : rule.fromPort();
        int to = rule.toPort() == null ? 65535 : rule.toPort();
        return from <= port && port <= to;
    }

    /** The ingress rules of the groups that let the port through. */
    static List<SecurityGroupRule> ingressAllowing(List<SecurityGroup> groups, String ipProtocol, int port) {
        var rules = new ArrayList<SecurityGroupRule>();
        for (var group : groups) {
            group.ingress().stream().filter(r -> allows(r, ipProtocol, port)).forEach(rules::add);
        }
        return rules;
    }

    /** Whether the rule lets in every IPv4 address (0.0.0.0/0). */
    static boolean fromAnywhere(SecurityGroupRule rule) {
        return rule.cidrIpv4() != null && rule.cidrIpv4().prefixLength() == 0;
    }

    /** Whether the rule lets in every IPv6 address (::/0). */
    static boolean fromAnywhereIpv6(SecurityGroupRule rule) {
        return rule.cidrIpv6() != null && rule.cidrIpv6().prefixLength() == 0;
    }

    /** The ports a rule opens, as a person reads them: "all", "443" or "8000-8100". */
    static String portsOf(SecurityGroupRule rule) {
        if (ALL_PROTOCOLS.equals(rule.ipProtocol()) || rule.fromPort() == null) {
            return "all";
        }
        int to = rule.toPort() == null ? rule.fromPort() : rule.toPort();
        return rule.fromPort() == to ? String.valueOf(to) : rule.fromPort() + "-" + to;
    }

    /** Where a rule lets traffic come from (or go to): its CIDR block or the referenced group's name. */
    static String sourceOf(Design design, SecurityGroupRule rule) {
        if (rule.cidrIpv4() != null) {
            return rule.cidrIpv4().text();
        }
        if (rule.cidrIpv6() != null) {
            return rule.cidrIpv6().toString();
        }
        var group = design.get(rule.referencedSecurityGroupId());
        return "security group " + (group == null ? rule.referencedSecurityGroupId().value() : group.name());
    }
}
