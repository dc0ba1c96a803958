package com.balancerstudio.model;

import java.util.Objects;

/**
 * A subnet a load balancer is enabled in, with an optional Elastic IP (internet-facing NLB) or private IPv4 address
 * (internal NLB) for its node in that subnet.
 */
public record SubnetMapping(ElementId subnetId, ElementId allocationId, String privateIpv4Address) {
    public SubnetMapping {
        Objects.requireNonNull(subnetId, "subnet_id is required");
    }

    public static SubnetMapping of(ElementId subnetId) {
        return new SubnetMapping(subnetId, null, null);
    }
}
