package com.balancerstudio.sim;

import com.balancerstudio.model.scenario.Expectation;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;

/** Evaluates a scenario's expectations against the metrics of a run. */
public final class ExpectationCheck {
    private ExpectationCheck() {
    }

    public static List<ExpectationResult> check(Metrics metrics, List<Expectation> expectations) {
        var results = new ArrayList<ExpectationResult>();
        for (var expectation : expectations) {
            double actual = value(metrics, expectation);
            boolean passed = !Double.isNaN(actual)
                    && (expectation.min() == null || actual >= expectation.min() - 1e-9)
                    && (expectation.max() == null || actual <= expectation.max() + 1e-9);
            results.add(new ExpectationResult(expectation, actual, passed));
        }
        return results;
    }

    /** The statistic the expectation asks for, or NaN when the metric or dimension is unknown or had no data. */
    static double value(Metrics metrics, Expectation expectation) {
        var metric = MetricName.byName(expectation.metric());
        if (metric == null) {
            return Double.NaN;
        }
        int from = expectation.from() == null ? 0 : (int) Math.floor(expectation.from());
        int to = expectation.to() == null ? metrics.seconds() : (int) Math.ceil(expectation.to());
        to = Math.min(to, metrics.seconds());
        var dimensions = dimensionsFor(metrics, expectation.of());
        if (dimensions.isEmpty()) {
            return Double.NaN;
        }
        if (metric.kind() == MetricName.Kind.LATENCY) {
            var dimension = dimensions.get(0);
            return switch (expectation.statistic()) {
                case P50 -> metrics.percentile(dimension, 50, from, to);
                case P95 -> metrics.percentile(dimension, 95, from, to);
                case P99 -> metrics.percentile(dimension, 99, from, to);
                case MAXIMUM -> metrics.percentile(dimension, 100, from, to);
                default -> metrics.averageResponseTime(dimension, from, to);
            };
        }
        var perSecond = new double[Math.max(0, to - from)];
        for (var dimension : dimensions) {
            var values = metrics.values(metric, dimension);
            for (int s = from; s < to; s++) {
                perSecond[s - from] += values[s];
            }
        }
        return switch (expectation.statistic()) {
            case SUM -> sum(perSecond);
            case AVERAGE -> perSecond.length == 0 ? Double.NaN : sum(perSecond) / perSecond.length;
            case MINIMUM -> java.util.Arrays.stream(perSecond).min().orElse(Double.NaN);
            case MAXIMUM -> java.util.Arrays.stream(perSecond).max().orElse(Double.NaN);
            case SHARE -> share(metrics, metric, dimensions.get(0), sum(perSecond), from, to);
            case P50, P95, P99 -> Double.NaN;
        };
    }

    /** This dimension's total over the total of every dimension of its kind. */
    private static double share(Metrics metrics, MetricName metric, Dimension dimension, double own, int from, int to) {
        double all = 0;
        for (var other : metrics.dimensions()) {
            if (other.kind() == dimension.kind()) {
                all += metrics.sum(metric, other, from, to);
            }
        }
        return all == 0 ? Double.NaN : own / all;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /**
     * The dimension an id names: a load balancer, else a target group, a target, a zone. Without an id, every load
     * balancer together.
     */
    static List<Dimension> dimensionsFor(Metrics metrics, String of) {
        var all = metrics.dimensions();
        if (of == null) {
            return all.stream().filter(d -> d.kind() == Dimension.Kind.LOAD_BALANCER).toList();
        }
        for (var kind : Dimension.Kind.values()) {
            var dimension = new Dimension(kind, of);
            if (all.contains(dimension)) {
                return List.of(dimension);
            }
        }
        return List.of();
    }
}
