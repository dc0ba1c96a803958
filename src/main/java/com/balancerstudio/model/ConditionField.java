package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The request field a listener rule condition matches (Terraform condition blocks). */
public enum ConditionField {
    PATH_PATTERN("path-pattern"),
    HOST_HEADER("host-header"),
    HTTP_HEADER("http-header"),
    HTTP_REQUEST_METHOD("http-request-method"),
    QUERY_STRING("query-string"),
    SOURCE_IP("source-ip");

    private final String value;

    ConditionField(String value) {
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
