package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A target group's cross-zone setting (Terraform load_balancing_cross_zone_enabled). */
public enum CrossZoneSetting {
    ON("true"),
    OFF("false"),
    INHERIT("use_load_balancer_configuration");

    private final String value;

    CrossZoneSetting(String value) {
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
