package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A virtual private cloud: one primary IPv4 CIDR block and optional secondary ones, inside a Region, and optionally an
 * IPv6 block: either one Amazon generates ({@code assignGeneratedIpv6CidrBlock}: a /56 known only once AWS creates
 * it) or one written in the design ({@code ipv6CidrBlock}, as from an IPAM pool), never both.
 */
public record Vpc(ElementId id, String name, ElementId parent, Rect bounds, Cidr cidrBlock,
                  List<Cidr> secondaryCidrBlocks, boolean enableDnsHostnames, Boolean assignGeneratedIpv6CidrBlock,
                  Ipv6Cidr ipv6CidrBlock) implements Element {
    /** The prefix length of every IPv6 block Amazon generates for a VPC. */
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html (AmazonProvidedIpv6CidrBlock
    // "requests an Amazon-provided IPv6 CIDR block with a /56 prefix length")
    public static final int GENERATED_IPV6_PREFIX = 56;

    public Vpc {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        Objects.requireNonNull(cidrBlock, "cidr_block is required");
        secondaryCidrBlocks = Ids.listOf(secondaryCidrBlocks);
        if (Boolean.TRUE.equals(assignGeneratedIpv6CidrBlock) && ipv6CidrBlock != null) {
            throw new IllegalArgumentException("assign_generated_ipv6_cidr_block and ipv6_cidr_block exclude each "
                    + "other: Amazon picks a generated block itself");
        }
    }

    /** A VPC without an IPv6 block. */
    public Vpc(ElementId id, String name, ElementId parent, Rect bounds, Cidr cidrBlock, List<Cidr> secondaryCidrBlocks,
               boolean enableDnsHostnames) {
        this(id, name, parent, bounds, cidrBlock, secondaryCidrBlocks, enableDnsHostnames, null, null);
    }

    /** The primary block followed by the secondary ones. */
    public List<Cidr> allCidrBlocks() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cidrBlock), secondaryCidrBlocks.stream()).toList();
    }

    public boolean generatesIpv6Block() {
        return Boolean.TRUE.equals(assignGeneratedIpv6CidrBlock);
    }

    /** Whether the VPC has an IPv6 block, generated or written down. */
    public boolean hasIpv6() {
        return generatesIpv6Block() || ipv6CidrBlock != null;
    }

    /** The prefix length of the VPC's IPv6 block (/56 when generated), or -1 without one. */
    public int ipv6PrefixLength() {
        return ipv6CidrBlock != null ? ipv6CidrBlock.prefixLength() : generatesIpv6Block() ? GENERATED_IPV6_PREFIX : -1;
    }

    /** The same VPC with other IPv6 settings. */
    public Vpc withIpv6(Boolean generated, Ipv6Cidr block) {
        return new Vpc(id, name, parent, bounds, cidrBlock, secondaryCidrBlocks, enableDnsHostnames, generated, block);
    }

    /** The same VPC with other IPv4 blocks. */
    public Vpc withIpv4(Cidr primary, List<Cidr> secondary) {
        return new Vpc(id, name, parent, bounds, primary, secondary, enableDnsHostnames, assignGeneratedIpv6CidrBlock,
                ipv6CidrBlock);
    }

    @Override
    public Vpc withName(String newName) {
        return new Vpc(id, newName, parent, bounds, cidrBlock, secondaryCidrBlocks, enableDnsHostnames,
                assignGeneratedIpv6CidrBlock, ipv6CidrBlock);
    }

    @Override
    public Vpc withPlacement(ElementId newParent, Rect newBounds) {
        return new Vpc(id, name, newParent, newBounds, cidrBlock, secondaryCidrBlocks, enableDnsHostnames,
                assignGeneratedIpv6CidrBlock, ipv6CidrBlock);
    }
}
