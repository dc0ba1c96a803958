package com.balancerstudio.sim;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.ScenarioReferences;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A deterministic discrete-event simulation of traffic through a design, driven by a scenario: the same design,
 * scenario and seed give the same events, event for event, and the same metrics. It never changes the design.
 *
 * <p>Use it in one of two ways, from one thread:
 * <ul>
 *   <li>run it through: {@link #runToEnd()}, then read {@link #metrics()} and {@link #checkExpectations()};</li>
 *   <li>animate it: call {@link #advanceTo(double)} every frame with the simulated time to show; it returns the
 *       {@link SimEvent}s that happened since the previous call (also delivered one by one to a
 *       {@link #setListener listener}), and {@link #snapshot()} tells the state to draw. {@link #inject(Fault)}
 *       applies a fault by hand at the current time.</li>
 * </ul>
 * Time is in seconds from the start of the scenario; the run ends at the scenario's duration.
 */
public final class Simulation {
    /** What a run records besides metrics. */
    public record Options(boolean recordRequestEvents) {
        /** Every event, for the animation and event logs. */
        public static final Options ALL_EVENTS = new Options(true);
        /** Metrics and state events only (health, draining, scaling, faults): faster, for the command line. */
        public static final Options METRICS_ONLY = new Options(false);
    }

    /** The seed of scenarios that do not name one. */
    public static final long DEFAULT_SEED = 1;

    private final Engine engine;
    private final Faults faults;
    private final long seed;

    private Simulation(Engine engine, long seed) {
        this.engine = engine;
        this.faults = new Faults(engine);
        this.seed = seed;
    }

    /** A simulation of the scenario with its own seed (or {@link #DEFAULT_SEED}), recording every event. */
    public static Simulation create(Design design, Scenario scenario) {
        return create(design, scenario, scenario.seed() != null ? scenario.seed() : DEFAULT_SEED, Options.ALL_EVENTS);
    }

    /** A simulation of the scenario with the given seed, recording every event. */
    public static Simulation create(Design design, Scenario scenario, long seed) {
        return create(design, scenario, seed, Options.ALL_EVENTS);
    }

    /**
     * A simulation of the scenario (which need not be one of the design's) with the given seed.
     *
     * @throws IllegalArgumentException when the scenario names something the design does not have, with a message
     *                                  saying what
     */
    public static Simulation create(Design design, Scenario scenario, long seed, Options options) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(scenario, "scenario");
        var problems = ScenarioReferences.check(design, scenario);
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new IllegalArgumentException("scenario '" + scenario.name() + "': " + first.path() + ": "
                    + first.message());
        }
        var engine = new Engine(design, scenario, seed, options.recordRequestEvents());
        engine.dns = new Dns(engine);
        engine.flow = new RequestFlow(engine);
        engine.health = new HealthChecks(engine);
        engine.deregistration = new Deregistration(engine);
        new WorldBuilder(engine).build();
        var simulation = new Simulation(engine, seed);
        engine.health.start();
        engine.autoScaling.start();
        new SecondTicker(engine).start();
        for (var event : scenario.events()) {
            engine.schedule(event.at(), () -> simulation.applyFromTimeline(event.fault()));
        }
        new TrafficGenerator(engine).start();
        return simulation;
    }

    /** Faults of the timeline that name an instance not running at that time (not launched yet) have no effect. */
    private void applyFromTimeline(Fault fault) {
        try {
            faults.apply(fault);
        } catch (IllegalArgumentException e) {
            // The scenario was checked against the design; what is left is an instance that does not run now.
        }
    }

    /** Delivers each event also to this listener as it happens (null for none). */
    public void setListener(Consumer<SimEvent> listener) {
        engine.listener(listener);
    }

    /**
     * Runs everything up to and including the given time (capped at the end of the scenario) and returns the events
     * since the previous call, in order. A time before {@link #now()} does nothing.
     */
    public List<SimEvent> advanceTo(double time) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("the time to advance to is not a number");
        }
        double until = Math.min(time, duration());
        var queue = engine.queue;
        while (!queue.isEmpty() && queue.peekTime() <= until) {
            engine.now = queue.peekTime();
            queue.poll().run();
        }
        engine.now = Math.max(engine.now, until);
        return engine.drainEvents();
    }

    /** Runs to the end of the scenario and returns the events not yet delivered. */
    public List<SimEvent> runToEnd() {
        return advanceTo(duration());
    }

    /** Applies a fault now (at {@link #now()}); its effects show in the next events. */
    public void inject(Fault fault) {
        faults.apply(Objects.requireNonNull(fault, "fault"));
    }

    /** The simulated time reached, in seconds. */
    public double now() {
        return engine.now;
    }

    /** The end of the scenario, in seconds. */
    public double duration() {
        return engine.scenario.duration();
    }

    public boolean finished() {
        return engine.now >= duration();
    }

    public Scenario scenario() {
        return engine.scenario;
    }

    public long seed() {
        return seed;
    }

    /** The metrics so far (whole seconds only: a second is complete once the simulation has passed its end). */
    public Metrics metrics() {
        return engine.metrics;
    }

    /** The scenario's expectations against the metrics so far (meaningful once the run is finished). */
    public List<ExpectationResult> checkExpectations() {
        return ExpectationCheck.check(engine.metrics, engine.scenario.expectations());
    }

    /** The live state now: every registered target, every load balancer node, every Auto Scaling group. */
    public SimulationSnapshot snapshot() {
        var targets = new ArrayList<TargetSnapshot>();
        for (var group : engine.groups.values()) {
            for (var registration : group.registrations) {
                var instance = registration.instance;
                double left = registration.state == TargetHealth.DRAINING
                        ? Math.max(0, registration.drainingDeadline - engine.now) : Double.NaN;
                targets.add(new TargetSnapshot(group.id, instance.id, instance.zone, registration.state,
                        instance.running(), registration.active, instance.inService, instance.waitingRequests.size(),
                        instance.capacity, left, registration.inSlowStart));
            }
        }
        var nodes = engine.nodes.stream().map(n -> new SimulationSnapshot.Node(n.loadBalancer.id, n.zone, n.up)).toList();
        var scaling = new ArrayList<SimulationSnapshot.ScalingGroup>();
        for (var group : engine.autoScaling.groups()) {
            scaling.add(new SimulationSnapshot.ScalingGroup(group.id(), group.desired, group.instances.size(),
                    group.pending));
        }
        return new SimulationSnapshot(engine.now, List.copyOf(targets), nodes, List.copyOf(scaling));
    }
}
