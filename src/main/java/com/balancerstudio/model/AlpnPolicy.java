package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which application protocols a TLS listener of a Network Load Balancer offers in the TLS handshake (alpn_policy). */
public enum AlpnPolicy {
    HTTP1_ONLY("HTTP1Only"),
    HTTP2_ONLY("HTTP2Only"),
    HTTP2_OPTIONAL("HTTP2Optional"),
    HTTP2_PREFERRED("HTTP2Preferred"),
    NONE("None");

    private final String value;

    AlpnPolicy(String value) {
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
