package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which health signal an Auto Scaling group uses to replace instances (Terraform health_check_type). */
public enum AsgHealthCheckType {
    EC2("EC2"),
    ELB("ELB");

    private final String value;

    AsgHealthCheckType(String value) {
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
