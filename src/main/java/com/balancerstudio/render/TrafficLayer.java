package com.balancerstudio.render;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.sim.TargetHealth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the traffic of a running simulation looks like at one moment, ready to paint: request particles (positions in
 * design units and colours), failure bursts where requests failed, the state drawn on each target (health, load
 * against capacity, draining countdown), short notes on other elements (fail-open, Auto Scaling) and the zones that are
 * lost. It holds no toolkit type; {@link TrafficProjection} makes it from simulation events and time.
 *
 * @param particleXy      x0, y0, x1, y1... of {@code particleCount} particles
 * @param particleColors  the colour of each particle
 * @param shownFraction   the share of requests drawn as particles (1 when every request is drawn)
 */
public record TrafficLayer(double[] particleXy, Rgba[] particleColors, int particleCount, List<Burst> bursts,
                           Map<ElementId, TargetMark> targets, Map<ElementId, String> notes, Set<ElementId> lostZones,
                           double shownFraction) {
    /** Nothing to draw. */
    public static final TrafficLayer EMPTY = new TrafficLayer(new double[0], new Rgba[0], 0, List.of(), Map.of(),
            Map.of(), Set.of(), 1);

    public TrafficLayer {
        if (particleXy.length < 2 * particleCount || particleColors.length < particleCount) {
            throw new IllegalArgumentException("fewer positions or colours than particles");
        }
        bursts = List.copyOf(bursts);
        targets = Map.copyOf(targets);
        notes = Map.copyOf(notes);
        lostZones = Set.copyOf(lostZones);
    }

    /** A request that failed here: {@code age} runs from 0 (it just failed) to 1 (the burst has faded). */
    public record Burst(double x, double y, double age) {
    }

    /**
     * The state of a target drawn on it: its health in its target group, whether the instance runs, what it holds
     * (serving and queued) against what it serves at once, and the deregistration delay left while it drains (NaN
     * otherwise).
     */
    public record TargetMark(TargetHealth health, boolean running, int load, int capacity, double drainingSecondsLeft,
                             boolean slowStart) {
        /** What the target's status pill says: "healthy", "draining 42 s", "stopped"... (short: targets sit close). */
        public String label() {
            if (!running && health != TargetHealth.UNUSED) {
                return "stopped"; // the ring's colour still tells its health in the group
            }
            if (health == TargetHealth.DRAINING && !Double.isNaN(drainingSecondsLeft)) {
                return "draining " + (int) Math.ceil(drainingSecondsLeft) + " s";
            }
            return slowStart && health == TargetHealth.HEALTHY ? "healthy · slow start" : health.awsName();
        }

        /** How full the target is, 0 to 1 (more than its capacity, queued requests included, shows as full). */
        public double fill() {
            return capacity <= 0 ? 0 : Math.min(1, load / (double) capacity);
        }
    }

    /** The x of the i-th particle. */
    public double x(int i) {
        return particleXy[2 * i];
    }

    /** The y of the i-th particle. */
    public double y(int i) {
        return particleXy[2 * i + 1];
    }

    public boolean isEmpty() {
        return particleCount == 0 && bursts.isEmpty() && targets.isEmpty() && notes.isEmpty() && lostZones.isEmpty();
    }
}
