package com.balancerstudio.model;

import java.util.Objects;

/**
 * One route of a route table: traffic for the destination goes to the target (an internet or NAT gateway, or a
 * Gateway Load Balancer endpoint).
 */
public record Route(Cidr destinationCidrBlock, ElementId target) {
    public Route {
        Objects.requireNonNull(destinationCidrBlock, "destination_cidr_block is required");
        Objects.requireNonNull(target, "target is required");
    }

    public boolean isDefaultRoute() {
        return destinationCidrBlock.prefixLength() == 0;
    }
}
