package com.balancerstudio.model;

import java.util.Objects;

/** A target-tracking scaling policy: keep the metric near the target value. */
public record TargetTracking(ScalingMetric metric, double targetValue) {
    public TargetTracking {
        Objects.requireNonNull(metric, "metric is required");
        if (!(targetValue > 0)) {
            throw new IllegalArgumentException("target_value must be above 0");
        }
    }
}
