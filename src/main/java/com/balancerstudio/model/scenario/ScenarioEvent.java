package com.balancerstudio.model.scenario;

import java.util.Objects;

/** A fault or event of a scenario's timeline, happening {@code at} seconds after the start. */
public record ScenarioEvent(double at, Fault fault) {
    public ScenarioEvent {
        if (!(at >= 0) || Double.isInfinite(at)) {
            throw new IllegalArgumentException("'at' must be a time in seconds from 0 (got " + at + ")");
        }
        Objects.requireNonNull(fault, "fault is required");
    }
}
