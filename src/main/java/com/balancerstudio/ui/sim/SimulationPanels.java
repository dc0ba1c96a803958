package com.balancerstudio.ui.sim;

import com.balancerstudio.ui.CanvasActions;
import com.balancerstudio.ui.Workspace;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The simulation's part of the designer window, built once per window: its controller, the bar of controls, the
 * metrics tab beside the problems list, and the fault items of the canvas's element menu.
 */
public final class SimulationPanels {
    /** Height of the metrics tab: the charts readable, the canvas still the larger part of a 800-pixel window. */
    private static final double CHARTS_HEIGHT = 290;
    private final SimulationController controller;
    private final FaultActions faults;
    private final SimulationBar bar;
    private final MetricsPane metrics;
    private final CanvasActions canvas;

    public SimulationPanels(Workspace workspace, CanvasActions canvas) {
        this.canvas = canvas;
        controller = new SimulationController(workspace, canvas);
        faults = new FaultActions(workspace, controller);
        bar = new SimulationBar(controller, faults);
        metrics = new MetricsPane(workspace, controller);
        canvas.setElementMenuItems(faults::menuItemsFor);
    }

    public Node bar() {
        return bar.node();
    }

    /**
     * The problems list and the metrics as two tabs; the metrics tab comes forward when a simulation starts and its
     * title counts the alarms that fire.
     */
    public TabPane besideProblems(Node problems) {
        var problemsTab = new Tab("Problems", problems);
        problemsTab.setId("tab-problems");
        var metricsTab = new Tab("Simulation metrics", metrics.node());
        metricsTab.setId("tab-metrics");
        metricsTab.textProperty().bind(Bindings.createStringBinding(() -> metrics.alarmingProperty().get() == 0
                ? "Simulation metrics" : "Simulation metrics · " + metrics.alarmingProperty().get() + " in ALARM",
                metrics.alarmingProperty()));
        var tabs = new TabPane(problemsTab, metricsTab);
        tabs.setId("bottom-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The charts need more room than the problems list: the panel grows while they are shown.
        tabs.minHeightProperty().bind(Bindings.when(tabs.getSelectionModel().selectedItemProperty().isEqualTo(metricsTab))
                .then(CHARTS_HEIGHT).otherwise(Region.USE_COMPUTED_SIZE));
        controller.stateProperty().addListener((o, old, now) -> {
            if (old == SimulationController.State.IDLE && now != SimulationController.State.IDLE
                    && tabs.getSelectionModel().getSelectedItem() != metricsTab) {
                // The taller panel takes room from the canvas: once it has grown, the design is fitted again so that
                // every target stays in view (and the minimap does not cover some of them).
                tabs.heightProperty().addListener(new javafx.beans.InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable grown) {
                        tabs.heightProperty().removeListener(this);
                        Platform.runLater(canvas::zoomToFit);
                    }
                });
                tabs.getSelectionModel().select(metricsTab);
            }
        });
        return tabs;
    }

    public SimulationController controller() {
        return controller;
    }

    public FaultActions faults() {
        return faults;
    }

    public MetricsPane metrics() {
        return metrics;
    }
}
