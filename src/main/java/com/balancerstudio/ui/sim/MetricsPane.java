package com.balancerstudio.ui.sim;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.ui.Workspace;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The simulation's metrics panel: which load balancer or target group to chart, its live charts, and the alarms.
 * Charts follow the run once per simulated second (at most four times a wall second while playing, to leave the
 * frames to the animation) and empty when the run is reset.
 */
public final class MetricsPane {
    /** Wall nanoseconds between chart refreshes while playing. */
    private static final long REFRESH_NANOS = 250_000_000L;

    private final Workspace workspace;
    private final SimulationController controller;
    private final BorderPane root = new BorderPane();
    private final ObservableList<Dimension> dimensions = FXCollections.observableArrayList();
    private final ComboBox<Dimension> shown = new ComboBox<>(dimensions);
    private final MetricCharts charts = new MetricCharts();
    private final AlarmsPane alarms = new AlarmsPane(dimensions);
    private long lastRefresh;
    private boolean refreshPending;

    public MetricsPane(Workspace workspace, SimulationController controller) {
        this.workspace = workspace;
        this.controller = controller;
        root.setId("metrics-pane");
        shown.setId("metrics-dimension");
        shown.setConverter(new DimensionText());
        shown.valueProperty().addListener((o, old, now) -> refresh());
        var header = new HBox(8, new Label("Metrics of"), shown);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 0, 8));
        var chartRow = new HBox(4);
        chartRow.getChildren().setAll(charts.all());
        charts.all().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        root.setTop(header);
        root.setCenter(chartRow);
        root.setRight(alarms.node());
        listDimensions();
        var first = dimensions.stream().filter(d -> d.kind() == Dimension.Kind.TARGET_GROUP).findFirst();
        first.ifPresent(group -> alarms.addAlarm(new Alarm(MetricName.UnHealthyHostCount, group,
                Alarm.Comparison.GREATER, 0, 3)));
        workspace.designProperty().addListener((o, old, now) -> listDimensions());
        controller.secondsDoneProperty().addListener((o, old, now) -> secondDone());
        controller.stateProperty().addListener((o, old, now) -> {
            if (now != SimulationController.State.PLAYING && refreshPending) {
                refresh();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** How many alarms are in ALARM, for the tab's title. */
    public ReadOnlyIntegerProperty alarmingProperty() {
        return alarms.alarmingProperty();
    }

    /** The load balancers and target groups of the design, load balancers first. */
    private void listDimensions() {
        var design = workspace.design();
        var chosen = shown.getValue();
        var next = FXCollections.<Dimension>observableArrayList();
        design.elementsOf(LoadBalancer.class).forEach(lb -> next.add(Dimension.loadBalancer(lb.id().value())));
        design.elementsOf(TargetGroup.class).forEach(tg -> next.add(Dimension.targetGroup(tg.id().value())));
        dimensions.setAll(next);
        shown.setValue(chosen != null && dimensions.contains(chosen) ? chosen
                : dimensions.isEmpty() ? null : dimensions.get(0));
        alarms.suggestDimension(dimensions.stream().filter(d -> d.kind() == Dimension.Kind.TARGET_GROUP).findFirst()
                .orElse(dimensions.isEmpty() ? null : dimensions.get(0)));
    }

    private void secondDone() {
        long now = System.nanoTime();
        if (controller.stateProperty().get() == SimulationController.State.PLAYING && now - lastRefresh < REFRESH_NANOS) {
            refreshPending = true;
            return;
        }
        lastRefresh = now;
        refresh();
    }

    private void refresh() {
        refreshPending = false;
        var metrics = controller.metrics();
        alarms.evaluate(metrics);
        if (metrics == null || shown.getValue() == null) {
            charts.clear();
            return;
        }
        charts.show(metrics, shown.getValue(), controller.simulatedDesign(), controller.snapshot());
    }

    /** The charts, for tests. */
    LineChart<Number, Number> chart(String id) {
        return charts.all().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    AlarmsPane alarms() {
        return alarms;
    }

    private static final class DimensionText extends StringConverter<Dimension> {
        @Override
        public String toString(Dimension dimension) {
            return dimension == null ? "" : dimension.toString();
        }

        @Override
        public Dimension fromString(String text) {
            throw new UnsupportedOperationException("chosen, not typed");
        }
    }
}
