package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four kinds of Elastic Load Balancer (Terraform load_balancer_type; the classic one is aws_elb). */
public enum LoadBalancerType {
    APPLICATION("application", "ALB", "Application Load Balancer"),
    NETWORK("network", "NLB", "Network Load Balancer"),
    GATEWAY("gateway", "GWLB", "Gateway Load Balancer"),
    CLASSIC("classic", "CLB", "Classic Load Balancer");

    private final String value;
    private final String shortName;
    private final String displayName;

    LoadBalancerType(String value, String shortName, String displayName) {
        this.value = value;
        this.shortName = shortName;
        this.displayName = displayName;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** ALB, NLB, GWLB or CLB. */
    public String shortName() {
        return shortName;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return value;
    }
}
