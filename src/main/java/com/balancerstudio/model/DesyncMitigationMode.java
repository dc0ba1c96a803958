package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an Application or Classic Load Balancer treats requests that could be used for HTTP desync (request
 * smuggling): let them through, or refuse the riskier ones (Terraform desync_mitigation_mode).
 */
public enum DesyncMitigationMode {
    MONITOR("monitor"),
    DEFENSIVE("defensive"),
    STRICTEST("strictest");

    private final String value;

    DesyncMitigationMode(String value) {
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
