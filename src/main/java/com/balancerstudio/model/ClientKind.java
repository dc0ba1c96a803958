package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where simulated traffic comes from. */
public enum ClientKind {
    INTERNET("internet"),
    ON_PREMISES("on_premises");

    private final String value;

    ClientKind(String value) {
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
