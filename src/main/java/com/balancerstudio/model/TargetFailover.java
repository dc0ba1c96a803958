package com.balancerstudio.model;

import java.util.Objects;

/**
 * How a Gateway Load Balancer target group treats existing flows when a target is deregistered and when it turns
 * unhealthy (Terraform target_failover block, where both arguments are required). AWS accepts only equal values.
 */
public record TargetFailover(TargetFailoverMode onDeregistration, TargetFailoverMode onUnhealthy) {
    public TargetFailover {
        Objects.requireNonNull(onDeregistration, "target_failover.on_deregistration is required");
        Objects.requireNonNull(onUnhealthy, "target_failover.on_unhealthy is required");
    }
}
