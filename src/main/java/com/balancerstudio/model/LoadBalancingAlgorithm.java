package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a target group picks a target (Terraform load_balancing_algorithm_type). */
public enum LoadBalancingAlgorithm {
    ROUND_ROBIN("round_robin"),
    LEAST_OUTSTANDING_REQUESTS("least_outstanding_requests"),
    WEIGHTED_RANDOM("weighted_random");

    private final String value;

    LoadBalancingAlgorithm(String value) {
        this.value = value;
    }

    /** The value as the design file and the Terraform AWS provider write it. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
