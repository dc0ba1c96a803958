package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The IP address type of a load balancer (Terraform ip_address_type). */
public enum IpAddressType {
    IPV4("ipv4"),
    DUALSTACK("dualstack");

    private final String value;

    IpAddressType(String value) {
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
