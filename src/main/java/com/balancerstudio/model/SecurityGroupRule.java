package com.balancerstudio.model;

/**
 * One ingress or egress rule of a security group: a protocol ("tcp", "udp", "icmp" or "-1" for all), a port range
 * and a source or destination that is either a CIDR block or another security group.
 */
public record SecurityGroupRule(String ipProtocol, Integer fromPort, Integer toPort, Cidr cidrIpv4,
                                ElementId referencedSecurityGroupId, String description) {
    public SecurityGroupRule {
        ipProtocol = ipProtocol == null ? "tcp" : ipProtocol;
        if ((cidrIpv4 == null) == (referencedSecurityGroupId == null)) {
            throw new IllegalArgumentException("a security group rule needs exactly one of cidr_ipv4 and referenced_security_group_id");
        }
    }
}
