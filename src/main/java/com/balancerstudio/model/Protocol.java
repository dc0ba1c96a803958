package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A listener or target group protocol, as Elastic Load Balancing names it. */
public enum Protocol {
    HTTP("HTTP"),
    HTTPS("HTTPS"),
    TCP("TCP"),
    TLS("TLS"),
    UDP("UDP"),
    TCP_UDP("TCP_UDP"),
    QUIC("QUIC"),
    TCP_QUIC("TCP_QUIC"),
    GENEVE("GENEVE"),
    SSL("SSL");

    private final String value;

    Protocol(String value) {
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
