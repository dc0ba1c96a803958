package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The record type of a Route 53 alias record. */
public enum DnsRecordType {
    A("A"),
    AAAA("AAAA");

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
