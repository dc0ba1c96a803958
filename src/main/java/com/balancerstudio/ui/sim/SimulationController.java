package com.balancerstudio.ui.sim;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.render.TrafficLayer;
import com.balancerstudio.render.TrafficProjection;
import com.balancerstudio.sim.Simulation;
import com.balancerstudio.sim.SimulationSnapshot;
import com.balancerstudio.sim.metrics.Metrics;
import com.balancerstudio.ui.CanvasActions;
import com.balancerstudio.ui.Workspace;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs a simulation of the design as it was when Play was pressed and animates it: every frame maps the wall time
 * passed, times the speed, to simulated time, advances the simulation there and hands the canvas the traffic to draw.
 * The design and its history are only read: an edit while simulating resets the simulation (and says so).
 */
public final class SimulationController {
    /** Where the simulation is. */
    public enum State { IDLE, PLAYING, PAUSED, FINISHED }

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 100;
    /** What Step advances: one metric period. */
    public static final double STEP_SECONDS = 1;
    /** Wall seconds a particle takes for one leg of its way (client to load balancer, load balancer to target). */
    private static final double HOP_WALL_SECONDS = 0.5;
    /** Beyond this, faster play shortens the legs rather than lagging the particles minutes behind the charts. */
    private static final double LONGEST_HOP = 5;
    /** A frame longer than this (a stall) is not made up for: the simulation just continues. */
    private static final double LONGEST_FRAME = 0.1;

    private final Workspace workspace;
    private final CanvasActions canvas;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final ObjectProperty<TrafficProjection.Coloring> coloring =
            new SimpleObjectProperty<>(TrafficProjection.Coloring.BY_CLIENT);
    private final ReadOnlyIntegerWrapper secondsDone = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TrafficLayer> layer = new ReadOnlyObjectWrapper<>(TrafficLayer.EMPTY);
    private final AnimationTimer timer;
    private Simulation simulation;
    private Design simulated;
    private TrafficProjection projection;
    private long lastFrame = -1;

    public SimulationController(Workspace workspace, CanvasActions canvas) {
        this.workspace = workspace;
        this.canvas = canvas;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        speed.addListener((o, old, now) -> {
            if (!(now.doubleValue() >= MIN_SPEED && now.doubleValue() <= MAX_SPEED)) {
                speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, now.doubleValue())));
            }
        });
        coloring.addListener((o, old, now) -> publish());
        scenario.addListener((o, old, now) -> {
            if (simulation != null && (old == null || now == null || !old.name().equals(now.name()))) {
                reset();
            }
        });
        workspace.designProperty().addListener((o, old, now) -> designChanged(now));
        refreshScenarios(workspace.design());
    }

    private void designChanged(Design now) {
        if (simulation != null && now != simulated) {
            reset();
            workspace.say("The design changed, so the simulation was reset: press Play to simulate it as it is now.");
        }
        refreshScenarios(now);
    }

    private void refreshScenarios(Design design) {
        var chosen = scenario.get();
        var choices = DefaultScenario.choicesFor(design);
        if (!scenarios.equals(choices)) {
            scenarios.setAll(choices);
        }
        scenario.set(choices.stream().filter(s -> chosen != null && s.name().equals(chosen.name())).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0)));
    }

    /** Plays from where it is, starting a simulation of the current design when there is none. */
    public void play() {
        if (state.get() == State.FINISHED || (simulation == null && !start())) {
            return;
        }
        state.set(State.PLAYING);
        lastFrame = -1;
        timer.start();
    }

    public void pause() {
        timer.stop();
        if (state.get() == State.PLAYING) {
            state.set(State.PAUSED);
        }
    }

    /** Play when paused or stopped, pause when playing. */
    public void togglePlay() {
        if (state.get() == State.PLAYING) {
            pause();
        } else {
            play();
        }
    }

    /** Advances one simulated second and pauses there. */
    public void step() {
        timer.stop();
        if (simulation == null && !start()) {
            return;
        }
        if (state.get() != State.FINISHED) {
            state.set(State.PAUSED);
            advanceTo(simulation.now() + STEP_SECONDS);
        }
    }

    /** Back to no simulation: the canvas shows the design alone. */
    public void reset() {
        timer.stop();
        simulation = null;
        simulated = null;
        projection = null;
        state.set(State.IDLE);
        secondsDone.set(0);
        clock.set("");
        layer.set(TrafficLayer.EMPTY);
        canvas.showTraffic(TrafficLayer.EMPTY);
    }

    /** Applies a fault now, starting a (paused) simulation first when there is none. */
    public void inject(Fault fault) {
        if (!startPaused()) {
            return;
        }
        try {
            simulation.inject(fault);
            workspace.say("Simulation at " + seconds(simulation.now()) + ": " + fault.describe());
        } catch (IllegalArgumentException e) {
            workspace.say("Cannot " + fault.describe() + ": " + e.getMessage());
        }
        advanceTo(simulation.now());
    }

    /** Starts a paused simulation of the current design when none runs; false when it cannot start (and says why). */
    public boolean startPaused() {
        if (simulation != null) {
            return true;
        }
        if (!start()) {
            return false;
        }
        state.set(State.PAUSED);
        publish();
        return true;
    }

    private boolean start() {
        var design = workspace.design();
        var chosen = scenario.get();
        if (chosen == null) {
            workspace.say("Nothing in this design can receive traffic: add a load balancer with a listener, or a"
                    + " client that sends to one, to simulate it.");
            return false;
        }
        try {
            simulation = Simulation.create(design, chosen);
        } catch (IllegalArgumentException e) {
            workspace.say("This scenario cannot run: " + e.getMessage());
            return false;
        }
        simulated = design;
        projection = new TrafficProjection(design);
        workspace.say("Simulating '" + chosen.name() + "' on the design as it is now; editing it resets the run.");
        return true;
    }

    private void frame(long nanos) {
        if (simulation == null) {
            timer.stop();
            return;
        }
        double wall = lastFrame < 0 ? 0 : Math.min(LONGEST_FRAME, (nanos - lastFrame) / 1e9);
        lastFrame = nanos;
        advanceTo(simulation.now() + wall * speed.get());
    }

    private void advanceTo(double time) {
        projection.setHopSeconds(Math.min(LONGEST_HOP, HOP_WALL_SECONDS * Math.max(1, speed.get())));
        projection.accept(simulation.advanceTo(time));
        if (simulation.finished()) {
            timer.stop();
            state.set(State.FINISHED);
        }
        publish();
    }

    private void publish() {
        if (simulation == null) {
            return;
        }
        var next = projection.layer(simulation.now(), simulation.snapshot(), coloring.get());
        layer.set(next);
        canvas.showTraffic(next);
        secondsDone.set(simulation.metrics().seconds());
        clock.set(String.format(Locale.ROOT, "%.1f / %.0f s", simulation.now(), simulation.duration())
                + (next.shownFraction() < 1 ? String.format(Locale.ROOT, " · 1 in %.0f drawn", 1 / next.shownFraction())
                : ""));
    }

    private static String seconds(double time) {
        return String.format(Locale.ROOT, "%.1f s", time);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Simulated seconds per wall second, {@value #MIN_SPEED} to {@value #MAX_SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The scenarios to choose from: the design's, or the default one. */
    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenario Play starts; choosing another resets a run under way. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<TrafficProjection.Coloring> coloringProperty() {
        return coloring;
    }

    /** Whole simulated seconds with metrics; changes once per completed period. */
    public ReadOnlyIntegerProperty secondsDoneProperty() {
        return secondsDone.getReadOnlyProperty();
    }

    /** "12.3 / 300 s" (and "· 1 in 4 drawn" when requests are sampled), empty when no simulation runs. */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** The traffic drawn on the canvas now. */
    public ReadOnlyObjectProperty<TrafficLayer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    /** Whether a simulation exists (playing, paused or finished). */
    public boolean active() {
        return simulation != null;
    }

    /** The metrics of the run, or null when none runs. */
    public Metrics metrics() {
        return simulation == null ? null : simulation.metrics();
    }

    /** The live state of the run, or null when none runs. */
    public SimulationSnapshot snapshot() {
        return simulation == null ? null : simulation.snapshot();
    }

    /** The design being simulated (the one Play was pressed on), or null. */
    public Design simulatedDesign() {
        return simulated;
    }
}
