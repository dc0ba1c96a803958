package com.balancerstudio.model;

import java.util.Objects;

/**
 * A subnet in one Availability Zone. Whether it is public is not a flag: it follows from its route table
 * (see {@link Topology#isPublic}). Its IPv6 /64, if any, is either written down ({@code ipv6CidrBlock}, inside a VPC
 * block the design knows) or numbered ({@code ipv6Netnum}: the n-th /64 of the VPC's block, what Terraform writes as
 * {@code cidrsubnet(aws_vpc.x.ipv6_cidr_block, 8, n)} because a generated VPC block is unknown until AWS creates it).
 */
public record Subnet(ElementId id, String name, ElementId parent, Rect bounds, Cidr cidrBlock,
                     boolean mapPublicIpOnLaunch, Ipv6Cidr ipv6CidrBlock, Integer ipv6Netnum) implements Element {
    public Subnet {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        Objects.requireNonNull(cidrBlock, "cidr_block is required");
        if (ipv6CidrBlock != null && ipv6Netnum != null) {
            throw new IllegalArgumentException("ipv6_cidr_block and ipv6_netnum exclude each other: give the /64 "
                    + "either written out or as its number in the VPC's IPv6 block");
        }
        if (ipv6Netnum != null && ipv6Netnum < 0) {
            throw new IllegalArgumentException("ipv6_netnum counts the /64 blocks of the VPC from 0, not "
                    + ipv6Netnum);
        }
    }

    /** A subnet without IPv6. */
    public Subnet(ElementId id, String name, ElementId parent, Rect bounds, Cidr cidrBlock,
                  boolean mapPublicIpOnLaunch) {
        this(id, name, parent, bounds, cidrBlock, mapPublicIpOnLaunch, null, null);
    }

    /** Whether the subnet has an IPv6 block, written out or numbered. */
    public boolean hasIpv6() {
        return ipv6CidrBlock != null || ipv6Netnum != null;
    }

    /** The same subnet with other IPv4 settings. */
    public Subnet withIpv4(Cidr block, boolean mapPublicIp) {
        return new Subnet(id, name, parent, bounds, block, mapPublicIp, ipv6CidrBlock, ipv6Netnum);
    }

    /** The same subnet with another IPv6 block (at most one of the two non-null). */
    public Subnet withIpv6(Ipv6Cidr block, Integer netnum) {
        return new Subnet(id, name, parent, bounds, cidrBlock, mapPublicIpOnLaunch, block, netnum);
    }

    @Override
    public Subnet withName(String newName) {
        return new Subnet(id, newName, parent, bounds, cidrBlock, mapPublicIpOnLaunch, ipv6CidrBlock, ipv6Netnum);
    }

    @Override
    public Subnet withPlacement(ElementId newParent, Rect newBounds) {
        return new Subnet(id, name, newParent, newBounds, cidrBlock, mapPublicIpOnLaunch, ipv6CidrBlock, ipv6Netnum);
    }
}
