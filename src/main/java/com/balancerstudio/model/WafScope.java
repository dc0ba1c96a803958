package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an AWS WAF web ACL applies: REGIONAL web ACLs protect Regional resources such as Application Load Balancers;
 * CLOUDFRONT ones protect CloudFront distributions only.
 */
public enum WafScope {
    REGIONAL("REGIONAL"),
    CLOUDFRONT("CLOUDFRONT");

    private final String value;

    WafScope(String value) {
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
