package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The Route 53 routing policy of a record. */
public enum RoutingPolicy {
    SIMPLE("simple"),
    FAILOVER("failover"),
    LATENCY("latency"),
    GEOLOCATION("geolocation"),
    WEIGHTED("weighted");

    private final String value;

    RoutingPolicy(String value) {
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
