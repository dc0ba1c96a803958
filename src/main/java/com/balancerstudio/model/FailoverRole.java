package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The role of a Route 53 failover record. */
public enum FailoverRole {
    PRIMARY("PRIMARY"),
    SECONDARY("SECONDARY");

    private final String value;

    FailoverRole(String value) {
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
