package com.balancerstudio.model.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A traffic scenario saved with a design: who sends how much traffic to which load balancer, what goes wrong when
 * (the timeline of faults), how targets behave, and what the metrics must show for the scenario to pass. Durations and
 * times are in seconds from the start of the simulation. Null optional values take the documented defaults.
 */
public record Scenario(String name, String description, int duration, Long seed, List<TrafficSource> traffic,
                       List<ScenarioEvent> events, List<TargetSettings> targets, Integer launchTime,
                       Integer instanceWarmup, List<Expectation> expectations) {
    /** The longest scenario: one simulated week (a daily curve over seven days). */
    public static final int MAX_DURATION = 7 * 24 * 3600;

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        description = description == null ? "" : description;
        if (duration < 1 || duration > MAX_DURATION) {
            throw new IllegalArgumentException("duration must be 1 to " + MAX_DURATION + " seconds (got " + duration + ")");
        }
        traffic = List.copyOf(Objects.requireNonNullElse(traffic, List.of()));
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        targets = List.copyOf(Objects.requireNonNullElse(targets, List.of()));
        expectations = List.copyOf(Objects.requireNonNullElse(expectations, List.of()));
        if (launchTime != null && launchTime < 0) {
            throw new IllegalArgumentException("launch_time cannot be negative");
        }
        if (instanceWarmup != null && instanceWarmup < 0) {
            throw new IllegalArgumentException("instance_warmup cannot be negative");
        }
        for (var event : events) {
            if (event.at() > duration) {
                throw new IllegalArgumentException("an event at " + event.at() + " s lies after the end of the scenario ("
                        + duration + " s)");
            }
        }
    }

    /** A scenario with only traffic: no faults, default targets, no expectations. */
    public static Scenario of(String name, int duration, List<TrafficSource> traffic) {
        return new Scenario(name, "", duration, null, traffic, List.of(), List.of(), null, null, List.of());
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, duration, seed, traffic, events, targets, launchTime, instanceWarmup,
                expectations);
    }

    public Scenario withEvents(List<ScenarioEvent> newEvents) {
        return new Scenario(name, description, duration, seed, traffic, newEvents, targets, launchTime, instanceWarmup,
                expectations);
    }

    public Scenario withTargets(List<TargetSettings> newTargets) {
        return new Scenario(name, description, duration, seed, traffic, events, newTargets, launchTime, instanceWarmup,
                expectations);
    }

    public Scenario withExpectations(List<Expectation> newExpectations) {
        return new Scenario(name, description, duration, seed, traffic, events, targets, launchTime, instanceWarmup,
                newExpectations);
    }

    /**
     * The scenario run for another duration: events after the new end are dropped, and so are expectations about a
     * window that starts at or after it (they could only fail for lack of data).
     */
    public Scenario withDuration(int newDuration) {
        return new Scenario(name, description, newDuration, seed, traffic,
                events.stream().filter(e -> e.at() <= newDuration).toList(), targets, launchTime, instanceWarmup,
                expectations.stream().filter(e -> e.from() == null || e.from() < newDuration).toList());
    }

    public Scenario withLaunchTime(Integer newLaunchTime, Integer newWarmup) {
        return new Scenario(name, description, duration, seed, traffic, events, targets, newLaunchTime, newWarmup,
                expectations);
    }
}
