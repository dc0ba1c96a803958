package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The IP family of a target group's targets (Terraform ip_address_type of aws_lb_target_group). */
public enum TargetIpAddressType {
    IPV4("ipv4"),
    IPV6("ipv6");

    private final String value;

    TargetIpAddressType(String value) {
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
