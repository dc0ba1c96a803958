package com.balancerstudio.model;

import java.util.Objects;

/**
 * A subnet in one Availability Zone. Whether it is public is not a flag: it follows from its route table
 * (see {@link Topology#isPublic}).
 */
public record Subnet(ElementId id, String name, ElementId parent, Rect bounds, Cidr cidrBlock,
                     boolean mapPublicIpOnLaunch) implements Element {
    public Subnet {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        Objects.requireNonNull(cidrBlock, "cidr_block is required");
    }

    @Override
    public Subnet withName(String newName) {
        return new Subnet(id, newName, parent, bounds, cidrBlock, mapPublicIpOnLaunch);
    }

    @Override
    public Subnet withPlacement(ElementId newParent, Rect newBounds) {
        return new Subnet(id, name, newParent, newBounds, cidrBlock, mapPublicIpOnLaunch);
    }
}
