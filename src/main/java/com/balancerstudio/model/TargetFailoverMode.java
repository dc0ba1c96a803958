package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a Gateway Load Balancer does with the flows of a target that leaves or fails (target_failover values). */
public enum TargetFailoverMode {
    REBALANCE("rebalance"),
    NO_REBALANCE("no_rebalance");

    private final String value;

    TargetFailoverMode(String value) {
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
