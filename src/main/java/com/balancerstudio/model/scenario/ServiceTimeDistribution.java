package com.balancerstudio.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How long serving one request takes around its mean: always the mean, or exponentially distributed. */
public enum ServiceTimeDistribution {
    CONSTANT("constant"),
    EXPONENTIAL("exponential");

    private final String value;

    ServiceTimeDistribution(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
