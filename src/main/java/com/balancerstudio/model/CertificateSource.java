package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a server certificate is managed. */
public enum CertificateSource {
    ACM("acm"),
    IAM("iam");

    private final String value;

    CertificateSource(String value) {
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
