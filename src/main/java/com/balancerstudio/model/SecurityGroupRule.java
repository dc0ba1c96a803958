package com.balancerstudio.model;

/**
 * One ingress or egress rule of a security group: a protocol ("tcp", "udp", "icmp" or "-1" for all), a port range
 * and a source or destination that is either an IPv4 CIDR block, an IPv6 CIDR block or another security group.
 */
public record SecurityGroupRule(String ipProtocol, Integer fromPort, Integer toPort, Cidr cidrIpv4,
                                ElementId referencedSecurityGroupId, String description, Ipv6Cidr cidrIpv6) {
    public SecurityGroupRule {
        ipProtocol = ipProtocol == null ? "tcp" : ipProtocol;
        if (ipProtocol.isBlank()) {
            throw new IllegalArgumentException("ip_protocol is empty: write tcp, udp, icmp, icmpv6, a protocol number, "
                    + "or -1 for all traffic");
        }
        int peers = (cidrIpv4 == null ? 0 : 1) + (cidrIpv6 == null ? 0 : 1) + (referencedSecurityGroupId == null ? 0 : 1);
        if (peers != 1) {
            throw new IllegalArgumentException("a security group rule needs exactly one of cidr_ipv4, cidr_ipv6 and "
                    + "referenced_security_group_id");
        }
    }

    /** A rule for an IPv4 block or another security group. */
    public SecurityGroupRule(String ipProtocol, Integer fromPort, Integer toPort, Cidr cidrIpv4,
                             ElementId referencedSecurityGroupId, String description) {
        this(ipProtocol, fromPort, toPort, cidrIpv4, referencedSecurityGroupId, description, null);
    }
}
