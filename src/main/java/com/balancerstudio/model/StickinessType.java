package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of session stickiness of a target group (Terraform stickiness.type). */
public enum StickinessType {
    LB_COOKIE("lb_cookie"),
    APP_COOKIE("app_cookie"),
    SOURCE_IP("source_ip"),
    SOURCE_IP_DEST_IP("source_ip_dest_ip"),
    SOURCE_IP_DEST_IP_PROTO("source_ip_dest_ip_proto");

    private final String value;

    StickinessType(String value) {
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
