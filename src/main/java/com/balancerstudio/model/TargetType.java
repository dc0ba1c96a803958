package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How targets are registered with a target group (Terraform target_type). */
public enum TargetType {
    INSTANCE("instance"),
    IP("ip"),
    LAMBDA("lambda"),
    ALB("alb");

    private final String value;

    TargetType(String value) {
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
