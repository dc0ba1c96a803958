package com.balancerstudio.ui.sim;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.sim.SimulationSnapshot;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The live charts of one load balancer or target group, per simulated second over the last two minutes: requests and
 * 5XX errors, the p95 target response time, healthy and unhealthy hosts, and the requests each target was sent.
 */
final class MetricCharts {
    /** Seconds of history drawn: enough to see a health check fail and a drain end. */
    static final int WINDOW = 120;

    final LineChart<Number, Number> requests = chart("chart-requests", "RequestCount / s, 5XX in red");
    final LineChart<Number, Number> latency = chart("chart-latency", "TargetResponseTime p95 (ms)");
    final LineChart<Number, Number> hosts = chart("chart-hosts", "HealthyHostCount, UnHealthy in red");
    final LineChart<Number, Number> perTarget = chart("chart-per-target", "RequestCountPerTarget");

    List<LineChart<Number, Number>> all() {
        return List.of(requests, latency, hosts, perTarget);
    }

    void clear() {
        all().forEach(chart -> chart.getData().clear());
    }

    /** Draws the dimension's metrics up to the last whole second. */
    void show(Metrics metrics, Dimension dimension, Design design, SimulationSnapshot snapshot) {
        int end = metrics.seconds();
        int from = Math.max(0, end - WINDOW);
        var groups = groupsOf(dimension, design);
        var errors = dimension.kind() == Dimension.Kind.LOAD_BALANCER ? MetricName.HTTPCode_ELB_5XX_Count
                : MetricName.HTTPCode_Target_5XX_Count;
        set(requests, List.of(
                series(MetricName.RequestCount.name(), from, end, s -> value(metrics, MetricName.RequestCount, dimension, s)),
                series(errors.name(), from, end, s -> value(metrics, errors, dimension, s))));
        set(latency, List.of(series("p95", from, end, s -> metrics.percentile(dimension, 95, s, s + 1) * 1000)));
        set(hosts, List.of(
                series(MetricName.HealthyHostCount.name(), from, end, s -> sum(metrics, MetricName.HealthyHostCount, groups, s)),
                series(MetricName.UnHealthyHostCount.name(), from, end,
                        s -> sum(metrics, MetricName.UnHealthyHostCount, groups, s))));
        var targets = new ArrayList<Line>();
        for (var target : targetsOf(groups, snapshot)) {
            var d = Dimension.target(target);
            targets.add(series(target, from, end, s -> value(metrics, MetricName.RequestCountPerTarget, d, s)));
        }
        set(perTarget, targets);
    }

    /** The target groups whose hosts a dimension counts: itself, or those of a load balancer. */
    static List<String> groupsOf(Dimension dimension, Design design) {
        if (dimension.kind() == Dimension.Kind.TARGET_GROUP) {
            return List.of(dimension.id());
        }
        var lb = design == null ? null : design.get(ElementId.of(dimension.id()), LoadBalancer.class);
        var groups = new ArrayList<String>();
        if (lb != null) {
            design.topology().targetGroupsOf(lb).forEach(g -> groups.add(g.id().value()));
        }
        groups.add(dimension.id()); // a Classic Load Balancer's targets are registered with it directly
        return groups;
    }

    private static Set<String> targetsOf(List<String> groups, SimulationSnapshot snapshot) {
        var targets = new LinkedHashSet<String>();
        if (snapshot != null) {
            snapshot.targets().stream().filter(t -> groups.contains(t.targetGroupId()))
                    .forEach(t -> targets.add(t.targetId()));
        }
        return targets;
    }

    private static double value(Metrics metrics, MetricName metric, Dimension dimension, int second) {
        return metrics.sum(metric, dimension, second, second + 1);
    }

    private static double sum(Metrics metrics, MetricName metric, List<String> groups, int second) {
        double total = 0;
        for (var group : groups) {
            total += metrics.sum(metric, Dimension.targetGroup(group), second, second + 1);
        }
        return total;
    }

    /** One line of a chart: its name and its points. */
    private record Line(String name, List<XYChart.Data<Number, Number>> points) {
    }

    private static Line series(String name, int from, int end, IntToDoubleFunction value) {
        var points = new ArrayList<XYChart.Data<Number, Number>>();
        for (int s = from; s < end; s++) {
            double v = value.applyAsDouble(s);
            if (!Double.isNaN(v)) {
                points.add(new XYChart.Data<>(s, v));
            }
        }
        return new Line(name, points);
    }

    /** Replaces a chart's series, keeping the series objects (and their colours) when the names are the same. */
    private static void set(LineChart<Number, Number> chart, List<Line> next) {
        var data = chart.getData();
        boolean same = data.size() == next.size();
        for (int i = 0; same && i < next.size(); i++) {
            same = data.get(i).getName().equals(next.get(i).name());
        }
        if (!same) {
            var fresh = new ArrayList<XYChart.Series<Number, Number>>();
            for (var line : next) {
                var series = new XYChart.Series<Number, Number>();
                series.setName(line.name());
                fresh.add(series);
            }
            data.setAll(fresh);
        }
        for (int i = 0; i < next.size(); i++) {
            data.get(i).getData().setAll(next.get(i).points());
            var line = data.get(i).getNode();
            var color = colorOf(next.get(i).name());
            if (line != null && color != null) {
                line.setStyle("-fx-stroke: " + color + ";");
            }
        }
    }

    /** Errors and unhealthy hosts in red, healthy hosts in green, requests in blue; targets keep the chart's own. */
    private static String colorOf(String series) {
        if (series.contains("5XX") || series.equals(MetricName.UnHealthyHostCount.name())) {
            return "#d91515";
        }
        if (series.equals(MetricName.HealthyHostCount.name())) {
            return "#1e8e3e";
        }
        return series.equals(MetricName.RequestCount.name()) || series.equals("p95") ? "#0972d3" : null;
    }

    private static LineChart<Number, Number> chart(String id, String title) {
        var x = new NumberAxis();
        x.setForceZeroInRange(false);
        var y = new NumberAxis();
        var chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        // Only the per-target chart needs a legend (which line is which target); the titles name the other lines.
        chart.setLegendVisible(id.equals("chart-per-target"));
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setStyle("-fx-font-size: 10px;");
        chart.setMinSize(160, 150);
        chart.setPrefSize(260, 210);
        return chart;
    }
}
