package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who issued a server certificate, as ACM's certificate Type says: Amazon (renewed by ACM), imported (renewed by no
 * one but its owner) or a private CA. An IAM server certificate is always uploaded, so it counts as imported.
 */
public enum CertificateType {
    AMAZON_ISSUED("AMAZON_ISSUED"),
    IMPORTED("IMPORTED"),
    PRIVATE("PRIVATE");

    private final String value;

    CertificateType(String value) {
        this.value = value;
    }

    /** The value as the design file and ACM write it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The type with this ACM spelling, or null when there is none. */
    public static CertificateType byValue(String text) {
        for (var type : values()) {
            if (type.value.equals(text)) {
                return type;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
