package com.balancerstudio.ui.sim;

import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.render.TrafficProjection;
import com.balancerstudio.ui.menus.DesignerToolbar;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;

/**
 * The simulation bar: play, pause, step and reset with their shortcuts, the speed, the scenario, how particles are
 * coloured, the fault buttons (acting on the selection, or asking which) and the simulated clock.
 */
public final class SimulationBar {
    static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0);
    private final ToolBar bar = new ToolBar();
    private final SimulationController controller;

    public SimulationBar(SimulationController controller, FaultActions faults) {
        this.controller = controller;
        bar.setId("simulation-bar");
        var state = controller.stateProperty();
        var play = DesignerToolbar.button("sim-play", "▶ Play", "Play the simulation of the design as it is now (F8)", controller::play);
        play.disableProperty().bind(state.isEqualTo(SimulationController.State.PLAYING)
                .or(state.isEqualTo(SimulationController.State.FINISHED))
                .or(controller.scenarioProperty().isNull()));
        var pause = DesignerToolbar.button("sim-pause", "Pause", "Pause (F8)", controller::pause);
        pause.disableProperty().bind(state.isNotEqualTo(SimulationController.State.PLAYING));
        var step = DesignerToolbar.button("sim-step", "Step 1 s", "Advance one simulated second and pause (F9)", controller::step);
        step.disableProperty().bind(state.isEqualTo(SimulationController.State.FINISHED)
                .or(controller.scenarioProperty().isNull()));
        var reset = DesignerToolbar.button("sim-reset", "⟲ Reset", "Stop and clear the simulation (Shift+F8)", controller::reset);
        reset.disableProperty().bind(state.isEqualTo(SimulationController.State.IDLE));

        var speed = new ComboBox<Double>();
        speed.setId("sim-speed");
        speed.getItems().setAll(SPEEDS);
        speed.setConverter(new SpeedText());
        speed.setValue(controller.speedProperty().get());
        speed.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                controller.speedProperty().set(now);
            }
        });
        controller.speedProperty().addListener((o, old, now) -> speed.setValue(now.doubleValue()));
        speed.setTooltip(new Tooltip("Simulated seconds per second of wall time (faster Ctrl+], slower Ctrl+[)"));

        var scenario = new ComboBox<Scenario>(controller.scenarios());
        scenario.setId("sim-scenario");
        scenario.setConverter(new ScenarioText());
        scenario.valueProperty().bindBidirectional(controller.scenarioProperty());
        scenario.setPrefWidth(160);
        scenario.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(
                controller.scenarioProperty().get() == null ? "No scenario: nothing in the design receives traffic"
                        : controller.scenarioProperty().get().description()), controller.scenarioProperty()));

        var coloring = new ComboBox<TrafficProjection.Coloring>();
        coloring.setId("sim-coloring");
        coloring.getItems().setAll(TrafficProjection.Coloring.values());
        coloring.setConverter(new ColoringText());
        coloring.valueProperty().bindBidirectional(controller.coloringProperty());
        coloring.setTooltip(new Tooltip("Colour requests by client (stickiness shows) or by outcome (green answered,"
                + " red failed, blue waiting, grey answered by the load balancer)"));

        var clock = new Label();
        clock.setId("sim-clock");
        clock.textProperty().bind(controller.clockProperty());
        var scaleOut = DesignerToolbar.button("sim-scale-out", "Scale +1", "Raise the Auto Scaling group's desired capacity by one",
                faults::scaleOut);
        var scaleIn = DesignerToolbar.button("sim-scale-in", "Scale −1", "Lower the Auto Scaling group's desired capacity by one"
                + " (the instance drains first)", faults::scaleIn);
        scaleOut.disableProperty().bind(faults.nothingToScale());
        scaleIn.disableProperty().bind(faults.nothingToScale());
        clock.setTooltip(new Tooltip("Simulated time / end of the scenario; when too many requests fly to draw each,"
                + " the share drawn"));
        bar.getItems().addAll(play, pause, step, reset, speed, scenario, coloring, clock, new Separator(),
                DesignerToolbar.button("sim-fault-stop", "Stop", "Stop the selected instance (as a crash does)", faults::stopInstance),
                DesignerToolbar.button("sim-fault-slow", "Slow", "Make the selected instance serve ×" + (int) FaultActions.SLOW_FACTOR
                        + " slower", faults::slowInstance),
                DesignerToolbar.button("sim-fault-health", "Fail check", "Make the selected instance fail its health checks",
                        faults::failHealthCheck),
                DesignerToolbar.button("sim-fault-drain", "Drain", "Deregister the selected instance: it drains for its target"
                        + " group's deregistration delay", faults::drain),
                DesignerToolbar.button("sim-fault-restore", "Restore", "Bring the selected instance back to normal",
                        faults::restoreInstance),
                DesignerToolbar.button("sim-fault-zone", "Lose zone", "Lose the selected element's Availability Zone: its nodes and"
                        + " instances stop", faults::loseZone),
                DesignerToolbar.button("sim-fault-spike", "Spike ×" + (int) FaultActions.SPIKE_MULTIPLIER, "Multiply all traffic by "
                        + (int) FaultActions.SPIKE_MULTIPLIER + " for " + (int) FaultActions.SPIKE_SECONDS + " s",
                        faults::spikeTraffic),
                scaleOut, scaleIn);
        // Keep every control whole: what does not fit goes to the toolbar's overflow menu instead of being cut.
        bar.getItems().forEach(item -> {
            if (item instanceof javafx.scene.control.Control control) {
                control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        bar.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    public Node node() {
        return bar;
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("F8"), controller::togglePlay);
        scene.getAccelerators().put(KeyCombination.keyCombination("F9"), controller::step);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shift+F8"), controller::reset);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN), () -> changeSpeed(+1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN), () -> changeSpeed(-1));
    }

    /** The next faster (+1) or slower (-1) of the preset speeds. */
    private void changeSpeed(int direction) {
        double now = controller.speedProperty().get();
        double next = now;
        for (var preset : SPEEDS) {
            if (direction > 0 && preset > now) {
                next = preset;
                break;
            }
            if (direction < 0 && preset < now) {
                next = preset;
            }
        }
        controller.speedProperty().set(next);
    }

    private static final class SpeedText extends StringConverter<Double> {
        @Override
        public String toString(Double speed) {
            return speed == null ? "" : String.format(Locale.ROOT, speed < 1 ? "%.2g×" : "%.0f×", speed);
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replace("×", "").trim());
        }
    }

    private static final class ScenarioText extends StringConverter<Scenario> {
        @Override
        public String toString(Scenario scenario) {
            return scenario == null ? "no scenario" : scenario.name();
        }

        @Override
        public Scenario fromString(String text) {
            throw new UnsupportedOperationException("scenarios are chosen, not typed");
        }
    }

    private static final class ColoringText extends StringConverter<TrafficProjection.Coloring> {
        @Override
        public String toString(TrafficProjection.Coloring coloring) {
            return coloring == TrafficProjection.Coloring.BY_OUTCOME ? "by outcome" : "by client";
        }

        @Override
        public TrafficProjection.Coloring fromString(String text) {
            return "by outcome".equals(text) ? TrafficProjection.Coloring.BY_OUTCOME : TrafficProjection.Coloring.BY_CLIENT;
        }
    }
}
