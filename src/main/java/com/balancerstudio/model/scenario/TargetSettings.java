package com.balancerstudio.model.scenario;

import com.balancerstudio.model.ElementId;

/**
 * How targets behave in a scenario: how many requests one serves at once ({@code capacity}), how many more wait in
 * its queue ({@code queue}), and the mean time to serve one in milliseconds with its distribution. A null
 * {@code targetId} applies to every target; settings for a named target win over those for all. Unset values come
 * from the instance type (see the simulation's capacity table).
 */
public record TargetSettings(ElementId targetId, Integer capacity, Integer queue, Double serviceTimeMs,
                             ServiceTimeDistribution serviceTimeDistribution) {
    public TargetSettings {
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (queue != null && queue < 0) {
            throw new IllegalArgumentException("queue cannot be negative");
        }
        if (serviceTimeMs != null && !(serviceTimeMs > 0)) {
            throw new IllegalArgumentException("service_time_ms must be above 0");
        }
    }

    public static TargetSettings all(Integer capacity, Double serviceTimeMs) {
        return new TargetSettings(null, capacity, null, serviceTimeMs, null);
    }

    public static TargetSettings of(ElementId target, Integer capacity, Double serviceTimeMs) {
        return new TargetSettings(target, capacity, null, serviceTimeMs, null);
    }
}
