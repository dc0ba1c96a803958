package com.balancerstudio.model.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What a scenario's metrics must show: a statistic of a metric (named as CloudWatch names it) of one load balancer,
 * target group, target or zone ({@code of}, by id or zone name; every load balancer together when left out), over the
 * whole run or between {@code from} and {@code to} seconds, must lie between {@code min} and {@code max} (inclusive,
 * either may be left out).
 */
public record Expectation(String metric, String of, Statistic statistic, Double min, Double max, Double from,
                          Double to) {
    public Expectation {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a metric, such as RequestCount");
        }
        Objects.requireNonNull(statistic, "statistic is required");
        if (min == null && max == null) {
            throw new IllegalArgumentException("an expectation needs min, max or both");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min (" + min + ") is above max (" + max + ")");
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    public static Expectation of(String metric, String of, Statistic statistic, Double min, Double max) {
        return new Expectation(metric, of, statistic, min, max, null, null);
    }

    /** For example "RequestCountPerTarget share of web-a1 between 0.45 and 0.55". */
    public String describe() {
        var text = new StringBuilder(metric).append(' ').append(statistic).append(" of ")
                .append(of == null ? "all load balancers" : of);
        if (from != null || to != null) {
            text.append(" from ").append(number(from == null ? 0 : from)).append(" s")
                    .append(to == null ? "" : " to " + number(to) + " s");
        }
        if (min != null && max != null) {
            text.append(min.equals(max) ? " == " + number(min) : " between " + number(min) + " and " + number(max));
        } else if (min != null) {
            text.append(" >= ").append(number(min));
        } else {
            text.append(" <= ").append(number(max));
        }
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** How the per-second values of the metric are summed up. */
    public enum Statistic {
        SUM("sum"),
        AVERAGE("average"),
        MINIMUM("minimum"),
        MAXIMUM("maximum"),
        /** This dimension's sum over the sum of all dimensions of the same kind (targets, zones...). */
        SHARE("share"),
        P50("p50"),
        P95("p95"),
        P99("p99");

        private final String value;

        Statistic(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
