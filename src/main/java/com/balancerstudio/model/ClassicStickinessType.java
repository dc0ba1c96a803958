package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of sticky sessions of a Classic Load Balancer listener: a cookie of the load balancer with a duration
 * (Terraform aws_lb_cookie_stickiness_policy) or one that follows the application's own cookie
 * (aws_app_cookie_stickiness_policy).
 */
public enum ClassicStickinessType {
    LB_COOKIE("lb_cookie"),
    APP_COOKIE("app_cookie");

    private final String value;

    ClassicStickinessType(String value) {
        this.value = value;
    }

    /** The value as the design file writes it (the Terraform resource's name without aws_ and _stickiness_policy). */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
