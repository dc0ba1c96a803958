package com.balancerstudio.sim.metrics;

import java.util.Objects;

/**
 * What a metric series is about: one load balancer, target group, target (instance) or Availability Zone. A zone's
 * series add up every load balancer node in that zone (and, for host counts, every target group's targets there).
 */
public record Dimension(Kind kind, String id) implements Comparable<Dimension> {
    /** The four levels the simulation records metrics at. */
    public enum Kind { LOAD_BALANCER, TARGET_GROUP, TARGET, ZONE }

    public Dimension {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Dimension loadBalancer(String id) {
        return new Dimension(Kind.LOAD_BALANCER, id);
    }

    public static Dimension targetGroup(String id) {
        return new Dimension(Kind.TARGET_GROUP, id);
    }

    public static Dimension target(String id) {
        return new Dimension(Kind.TARGET, id);
    }

    public static Dimension zone(String zoneName) {
        return new Dimension(Kind.ZONE, zoneName);
    }

    @Override
    public int compareTo(Dimension other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id;
    }
}
