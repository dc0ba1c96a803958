package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a NAT gateway gives internet access (public) or only private routing (Terraform connectivity_type). */
public enum ConnectivityType {
    PUBLIC("public"),
    PRIVATE("private");

    private final String value;

    ConnectivityType(String value) {
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
