package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The record type of a Route 53 record to a load balancer: A or AAAA for an alias, CNAME for a plain record. */
public enum DnsRecordType {
    A("A"),
    AAAA("AAAA"),
    CNAME("CNAME");

    private final String value;

    DnsRecordType(String value) {
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
