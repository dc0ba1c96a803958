package com.balancerstudio.ui.sim;

import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.Locale;
import java.util.Objects;

/**
 * An alarm on one simulated metric, as a CloudWatch alarm works with one-second periods: it is in ALARM when the metric
 * breached the threshold in each of the last {@code periods} periods, OK when it did not, and INSUFFICIENT_DATA until
 * that many periods have passed or while the metric has no data (CloudWatch's three states:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-state). The response
 * time is compared by its p95 in milliseconds.
 */
public record Alarm(MetricName metric, Dimension dimension, Comparison comparison, double threshold, int periods) {
    /** The alarm states, named as CloudWatch names them. */
    public enum State { OK, ALARM, INSUFFICIENT_DATA }

    /** How the metric is compared with the threshold. */
    public enum Comparison {
        GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean breaches(double value, double threshold) {
            if (this == GREATER) {
                return value > threshold;
            }
            if (this == GREATER_OR_EQUAL) {
                return value >= threshold;
            }
            return this == LESS ? value < threshold : value <= threshold;
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    public Alarm {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(comparison, "comparison");
        if (periods < 1) {
            throw new IllegalArgumentException("an alarm looks at 1 period or more");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the threshold must be a number");
        }
    }

    /** The state after the whole seconds the metrics hold so far. */
    public State evaluate(Metrics metrics) {
        int seconds = metrics.seconds();
        if (seconds < periods || !metrics.has(metric, dimension)) {
            return State.INSUFFICIENT_DATA;
        }
        int measured = 0;
        for (int s = seconds - periods; s < seconds; s++) {
            double value = value(metrics, s);
            if (Double.isNaN(value)) {
                continue;
            }
            measured++;
            if (!comparison.breaches(value, threshold)) {
                return State.OK;
            }
        }
        return measured == 0 ? State.INSUFFICIENT_DATA : State.ALARM;
    }

    private double value(Metrics metrics, int second) {
        if (metric.kind() == MetricName.Kind.LATENCY) {
            return metrics.percentile(dimension, 95, second, second + 1) * 1000;
        }
        return metrics.sum(metric, dimension, second, second + 1);
    }

    /** "UnHealthyHostCount of target group web-tg > 0 for 3 periods". */
    public String describe() {
        String value = threshold == Math.rint(threshold) ? Long.toString((long) threshold)
                : String.format(Locale.ROOT, "%.3f", threshold);
        return (metric.kind() == MetricName.Kind.LATENCY ? metric + " p95 (ms)" : metric.name()) + " of " + dimension
                + " " + comparison + " " + value + " for " + periods + (periods == 1 ? " period" : " periods");
    }
}
