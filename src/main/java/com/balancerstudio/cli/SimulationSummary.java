package com.balancerstudio.cli;

import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;

/** The figures a simulation run is summed up by: per dimension, each metric with the statistic that suits it. */
final class SimulationSummary {
    /** One figure: the metric of a dimension under a statistic (sum, average, maximum, p50...). */
    record Row(Dimension dimension, String metric, String statistic, double value) {
    }

    private SimulationSummary() {
    }

    static List<Row> rows(Metrics metrics) {
        var rows = new ArrayList<Row>();
        int seconds = metrics.seconds();
        double allTargets = 0;
        for (var dimension : metrics.dimensions()) {
            if (dimension.kind() == Dimension.Kind.TARGET) {
                allTargets += metrics.total(MetricName.RequestCount, dimension);
            }
        }
        for (var dimension : metrics.dimensions()) {
            for (var metric : MetricName.values()) {
                if (!metrics.has(metric, dimension) || !suits(metric, dimension.kind())) {
                    continue;
                }
                if (metric.kind() == MetricName.Kind.LATENCY) {
                    for (int p : new int[] {50, 95, 99}) {
                        rows.add(new Row(dimension, metric.name(), "p" + p, metrics.percentile(dimension, p, 0, seconds)));
                    }
                } else if (metric.kind() == MetricName.Kind.GAUGE) {
                    var series = metrics.values(metric, dimension);
                    rows.add(new Row(dimension, metric.name(), "minimum", min(series)));
                    rows.add(new Row(dimension, metric.name(), "maximum", max(series)));
                } else if (metric == MetricName.RequestCountPerTarget) {
                    rows.add(new Row(dimension, metric.name(), "average", metrics.sum(metric, dimension, 0, seconds)
                            / Math.max(1, seconds)));
                } else {
                    rows.add(new Row(dimension, metric.name(), "sum", metrics.total(metric, dimension)));
                }
                if (metric == MetricName.RequestCount && dimension.kind() == Dimension.Kind.TARGET && allTargets > 0) {
                    rows.add(new Row(dimension, metric.name(), "share", metrics.total(metric, dimension) / allTargets));
                }
            }
        }
        return rows;
    }

    /** Which metrics are worth a line at which level (a zone's bytes, say, repeat its load balancer's). */
    private static boolean suits(MetricName metric, Dimension.Kind kind) {
        return switch (kind) {
            case LOAD_BALANCER -> metric != MetricName.RequestCountPerTarget && metric != MetricName.HealthyHostCount
                    && metric != MetricName.UnHealthyHostCount;
            case TARGET_GROUP -> true;
            case TARGET -> metric == MetricName.RequestCount || metric == MetricName.HTTPCode_Target_2XX_Count
                    || metric == MetricName.HTTPCode_Target_5XX_Count || metric == MetricName.TargetResponseTime
                    || metric == MetricName.TargetConnectionErrorCount;
            case ZONE -> metric == MetricName.RequestCount || metric == MetricName.HTTPCode_ELB_5XX_Count
                    || metric == MetricName.HealthyHostCount || metric == MetricName.UnHealthyHostCount
                    || metric == MetricName.TargetResponseTime;
        };
    }

    private static double min(double[] values) {
        double min = values.length == 0 ? 0 : Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
