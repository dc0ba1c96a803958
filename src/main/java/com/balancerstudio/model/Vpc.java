package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;

/** A virtual private cloud: one primary IPv4 CIDR block and optional secondary ones, inside a Region. */
public record Vpc(ElementId id, String name, ElementId parent, Rect bounds, Cidr cidrBlock,
                  List<Cidr> secondaryCidrBlocks, boolean enableDnsHostnames) implements Element {
    public Vpc {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        Objects.requireNonNull(cidrBlock, "cidr_block is required");
        secondaryCidrBlocks = Ids.listOf(secondaryCidrBlocks);
    }

    /** The primary block followed by the secondary ones. */
    public List<Cidr> allCidrBlocks() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cidrBlock), secondaryCidrBlocks.stream()).toList();
    }

    @Override
    public Vpc withName(String newName) {
        return new Vpc(id, newName, parent, bounds, cidrBlock, secondaryCidrBlocks, enableDnsHostnames);
    }

    @Override
    public Vpc withPlacement(ElementId newParent, Rect newBounds) {
        return new Vpc(id, name, newParent, newBounds, cidrBlock, secondaryCidrBlocks, enableDnsHostnames);
    }
}
