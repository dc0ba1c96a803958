package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The predefined metric of a target-tracking scaling policy. */
public enum ScalingMetric {
    ALB_REQUEST_COUNT_PER_TARGET("ALBRequestCountPerTarget"),
    ASG_AVERAGE_CPU_UTILIZATION("ASGAverageCPUUtilization");

    private final String value;

    ScalingMetric(String value) {
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
