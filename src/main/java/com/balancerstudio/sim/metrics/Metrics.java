package com.balancerstudio.sim.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every metric series of a simulation, by metric and dimension, per second. The simulation writes; readers (the
 * animation's charts, the command line, expectation checks) query series, sums and response-time percentiles.
 */
public final class Metrics {
    private final Map<Key, MetricSeries> series = new HashMap<>();
    private final Map<Dimension, LatencySeries> latencies = new HashMap<>();
    private final Set<Dimension> dimensions = new TreeSet<>();
    private int seconds;

    private record Key(MetricName metric, Dimension dimension) {
        /** A target's RequestCountPerTarget is simply the requests it was sent: its RequestCount. */
        static Key of(MetricName metric, Dimension dimension) {
            if (metric == MetricName.RequestCountPerTarget && dimension.kind() == Dimension.Kind.TARGET) {
                return new Key(MetricName.RequestCount, dimension);
            }
            return new Key(metric, dimension);
        }
    }

    /** The series to write a metric of a dimension into (created on first use). */
    public MetricSeries writer(MetricName metric, Dimension dimension) {
        if (metric.kind() == MetricName.Kind.LATENCY) {
            throw new IllegalArgumentException(metric + " holds response times: use latencyWriter");
        }
        dimensions.add(dimension);
        return series.computeIfAbsent(Key.of(metric, dimension), k -> new MetricSeries());
    }

    /** The response-time histograms of a dimension to write into (created on first use). */
    public LatencySeries latencyWriter(Dimension dimension) {
        dimensions.add(dimension);
        return latencies.computeIfAbsent(dimension, k -> new LatencySeries());
    }

    /** Marks how many whole seconds have been simulated (series are read up to here). */
    public void completeSecond(int secondsDone) {
        seconds = Math.max(seconds, secondsDone);
    }

    /** The number of whole seconds simulated so far; series hold seconds 0 to seconds() - 1. */
    public int seconds() {
        return seconds;
    }

    /** Every dimension something was recorded for, load balancers first, then target groups, targets and zones. */
    public Set<Dimension> dimensions() {
        return Collections.unmodifiableSet(dimensions);
    }

    /** Whether anything of this metric was recorded for the dimension. */
    public boolean has(MetricName metric, Dimension dimension) {
        return metric.kind() == MetricName.Kind.LATENCY ? latencies.containsKey(dimension)
                : series.containsKey(Key.of(metric, dimension));
    }

    /**
     * The metric's values per second for seconds [0, seconds()). For TargetResponseTime the values are the mean
     * response time of each second (NaN when nothing was answered); use {@link #percentile} for p50/p95/p99.
     */
    public double[] values(MetricName metric, Dimension dimension) {
        if (metric.kind() == MetricName.Kind.LATENCY) {
            var latency = latencies.get(dimension);
            var values = new double[seconds];
            for (int s = 0; s < seconds; s++) {
                values[s] = latency == null ? Double.NaN : latency.average(s, s + 1);
            }
            return values;
        }
        var found = series.get(Key.of(metric, dimension));
        return found == null ? new double[seconds] : found.toArray(seconds);
    }

    /** The sum of a count metric over seconds [from, to). */
    public double sum(MetricName metric, Dimension dimension, int from, int to) {
        var found = series.get(Key.of(metric, dimension));
        return found == null ? 0 : found.sum(from, Math.min(to, seconds));
    }

    /** The sum of a count metric over the whole run. */
    public double total(MetricName metric, Dimension dimension) {
        return sum(metric, dimension, 0, seconds);
    }

    /** The p-th percentile of response times (seconds) over seconds [from, to), or NaN when nothing was answered. */
    public double percentile(Dimension dimension, double p, int from, int to) {
        var latency = latencies.get(dimension);
        return latency == null ? Double.NaN : latency.percentile(p, from, Math.min(to, seconds));
    }

    /** The p-th percentile of response times of each second (NaN for seconds without answers). */
    public double[] percentileSeries(Dimension dimension, double p) {
        var values = new double[seconds];
        for (int s = 0; s < seconds; s++) {
            values[s] = percentile(dimension, p, s, s + 1);
        }
        return values;
    }

    /** The mean response time over seconds [from, to), or NaN. */
    public double averageResponseTime(Dimension dimension, int from, int to) {
        var latency = latencies.get(dimension);
        return latency == null ? Double.NaN : latency.average(from, Math.min(to, seconds));
    }
}
