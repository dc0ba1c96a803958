package com.balancerstudio.sim;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.sim.metrics.Metrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The state one simulation run shares between its parts: the clock and event queue, the seeded random streams, the
 * world built from the design, the metrics and the events waiting to be delivered. Only the simulation's own thread
 * touches it.
 */
final class Engine {
    final Design design;
    final Scenario scenario;
    final EventQueue queue = new EventQueue();
    final Metrics metrics = new Metrics();
    /** Separate streams so that, for example, a change in routing does not shift the traffic's arrival times. */
    final SplittableRandom trafficRandom;
    final SplittableRandom serviceRandom;
    final SplittableRandom routingRandom;
    final boolean recordRequests;

    final Map<String, SimLoadBalancer> loadBalancers = new LinkedHashMap<>();
    final Map<String, SimTargetGroup> groups = new LinkedHashMap<>();
    final Map<String, SimInstance> instances = new LinkedHashMap<>();
    final List<TrafficStream> streams = new ArrayList<>();
    final List<LbNode> nodes = new ArrayList<>();

    double now;
    long nextRequestId = 1;
    /** Traffic multiplier of injected spikes, and when it ends. */
    double spikeMultiplier = 1;
    double spikeEnd = Double.NEGATIVE_INFINITY;

    private final List<SimEvent> pending = new ArrayList<>();
    private Consumer<SimEvent> listener;

    Dns dns;
    RequestFlow flow;
    HealthChecks health;
    Deregistration deregistration;
    AutoScaling autoScaling;

    Engine(Design design, Scenario scenario, long seed, boolean recordRequests) {
        this.design = design;
        this.scenario = scenario;
        var root = new SplittableRandom(seed);
        this.trafficRandom = root.split();
        this.serviceRandom = root.split();
        this.routingRandom = root.split();
        this.recordRequests = recordRequests;
    }

    void schedule(double time, Runnable action) {
        queue.schedule(time, action);
    }

    void emit(SimEvent event) {
        pending.add(event);
        if (listener != null) {
            listener.accept(event);
        }
    }

    void listener(Consumer<SimEvent> newListener) {
        listener = newListener;
    }

    /** The events emitted since the last call, in order. */
    List<SimEvent> drainEvents() {
        var batch = List.copyOf(pending);
        pending.clear();
        return batch;
    }

    int second() {
        return (int) now;
    }

    double trafficMultiplier() {
        return now < spikeEnd ? spikeMultiplier : 1;
    }
}
