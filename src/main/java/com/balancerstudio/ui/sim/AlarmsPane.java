package com.balancerstudio.ui.sim;

import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The alarms set on the simulated metrics: a table of each alarm with its state (OK, ALARM, INSUFFICIENT_DATA, the
 * ALARM rows lit red), a row of fields to add one, and Remove for the selected one. Alarms belong to the person, not
 * to a run: they stay across resets and are evaluated again on every simulated second.
 */
final class AlarmsPane {
    /** The metrics an alarm can watch: the ones the charts show, and the errors of targets. */
    static final List<MetricName> METRICS = List.of(MetricName.UnHealthyHostCount, MetricName.HealthyHostCount,
            MetricName.RequestCount, MetricName.HTTPCode_ELB_5XX_Count, MetricName.HTTPCode_Target_5XX_Count,
            MetricName.TargetResponseTime, MetricName.RequestCountPerTarget, MetricName.TargetConnectionErrorCount);

    private final VBox root = new VBox(4);
    private final TableView<Row> table = new TableView<>();
    private final ReadOnlyIntegerWrapper alarming = new ReadOnlyIntegerWrapper();
    private final ComboBox<Dimension> dimension = new ComboBox<>();

    /** An alarm and its latest state. */
    static final class Row {
        final Alarm alarm;
        final SimpleObjectProperty<Alarm.State> state = new SimpleObjectProperty<>(Alarm.State.INSUFFICIENT_DATA);

        Row(Alarm alarm) {
            this.alarm = alarm;
        }

        Alarm.State state() {
            return state.get();
        }
    }

    AlarmsPane(ObservableList<Dimension> dimensions) {
        root.setId("alarms");
        table.setId("alarm-table");
        table.setPlaceholder(new javafx.scene.control.Label("No alarms: add one below."));
        var what = new TableColumn<Row, String>("Alarm");
        what.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().alarm.describe()));
        what.setPrefWidth(230);
        var state = new TableColumn<Row, Alarm.State>("State");
        state.setCellValueFactory(c -> c.getValue().state);
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(140);
        table.getColumns().setAll(List.of(what, state));
        table.setPrefHeight(110);

        var metric = new ComboBox<MetricName>();
        metric.setId("alarm-metric");
        metric.getItems().setAll(METRICS);
        metric.setValue(MetricName.UnHealthyHostCount);
        dimension.setId("alarm-dimension");
        dimension.setItems(dimensions);
        dimension.setPromptText("of");
        var comparison = new ComboBox<Alarm.Comparison>();
        comparison.getItems().setAll(Alarm.Comparison.values());
        comparison.setValue(Alarm.Comparison.GREATER);
        var threshold = new TextField("0");
        threshold.setId("alarm-threshold");
        threshold.setPrefColumnCount(4);
        threshold.setTooltip(new Tooltip("Threshold (response time in milliseconds)"));
        var periods = new Spinner<Integer>(1, 600, 3);
        periods.setPrefWidth(70);
        periods.setTooltip(new Tooltip("For how many one-second periods in a row"));
        var add = new Button("Add");
        add.setId("alarm-add");
        add.setOnAction(e -> {
            try {
                if (dimension.getValue() == null) {
                    throw new IllegalArgumentException("choose what the alarm watches");
                }
                addAlarm(new Alarm(metric.getValue(), dimension.getValue(), comparison.getValue(),
                        Double.parseDouble(threshold.getText().trim()), periods.getValue()));
                threshold.setStyle("");
                add.setTooltip(null);
            } catch (IllegalArgumentException ex) {
                threshold.setStyle("-fx-border-color: -color-danger-emphasis;");
                add.setTooltip(new Tooltip(ex instanceof NumberFormatException ? "The threshold must be a number"
                        : ex.getMessage()));
            }
        });
        var remove = new Button("Remove");
        remove.setId("alarm-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            table.getItems().remove(table.getSelectionModel().getSelectedItem());
            countAlarming();
        });
        var form = new FlowPane(4, 4, metric, dimension, comparison, threshold, periods, add, remove);
        root.getChildren().setAll(table, form);
        root.setPadding(new Insets(4));
        root.setPrefWidth(400);
    }

    Node node() {
        return root;
    }

    void addAlarm(Alarm alarm) {
        table.getItems().add(new Row(alarm));
        countAlarming();
    }

    List<Row> rows() {
        return List.copyOf(table.getItems());
    }

    /** Evaluates every alarm on the metrics so far (null: no run, every alarm lacks data). */
    void evaluate(Metrics metrics) {
        for (var row : table.getItems()) {
            row.state.set(metrics == null ? Alarm.State.INSUFFICIENT_DATA : row.alarm.evaluate(metrics));
        }
        countAlarming();
    }

    /** How many alarms are in ALARM now. */
    ReadOnlyIntegerProperty alarmingProperty() {
        return alarming.getReadOnlyProperty();
    }

    /** Chooses what the next alarm watches when nothing is chosen yet. */
    void suggestDimension(Dimension suggested) {
        if (dimension.getValue() == null || !dimension.getItems().contains(dimension.getValue())) {
            dimension.setValue(suggested);
        }
    }

    private void countAlarming() {
        alarming.set((int) table.getItems().stream().filter(r -> r.state() == Alarm.State.ALARM).count());
    }

    /** The state, lit red while in ALARM. */
    private static final class StateCell extends TableCell<Row, Alarm.State> {
        @Override
        protected void updateItem(Alarm.State item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
            setStyle(empty || item == null ? "" : item == Alarm.State.ALARM
                    ? "-fx-background-color: #d91515; -fx-text-fill: white; -fx-font-weight: bold;"
                    : item == Alarm.State.OK ? "-fx-text-fill: #1e8e3e; -fx-font-weight: bold;" : "-fx-text-fill: #7d8998;");
        }
    }
}
