package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.sim.SimEvent;
import com.balancerstudio.sim.SimulationSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a simulation's events into what the canvas shows at a moment: it follows each request from its client to the
 * load balancer and on through the target group to its target, and places it along the drawn connectors.
 *
 * <p>Real requests take milliseconds, too fast to see, so each leg of the way (client to load balancer, load balancer
 * to target) is drawn over {@link #setHopSeconds hop seconds} of simulated time starting when the request reached the
 * load balancer: what you see lags the simulation by up to two hops. A request that failed bursts where it failed
 * (at the load balancer when no target took it, else at its target), once its particle gets there.
 *
 * <p>When more requests are in flight than {@value #PARTICLE_BUDGET} particles can show, an even sample is drawn:
 * from the arrival rate of the last simulated second, each request is kept with the probability that keeps the
 * particles on screen within the budget, decided from a hash of its id (so the same run samples the same requests).
 * Failures are shown even for requests not drawn, up to {@value #BURST_BUDGET} bursts at once.
 *
 * <p>The layer is a pure function of the events fed so far, the time asked for and the hop length; the state drawn on
 * targets comes from the simulation's snapshot of the same moment. Feed events in order from one thread.
 */
public final class TrafficProjection {
    /** How particles are coloured. */
    public enum Coloring { BY_CLIENT, BY_OUTCOME }

    /** Most particles drawn at once: about what a frame can paint in a few milliseconds. */
    public static final int PARTICLE_BUDGET = 3000;
    /** Most failure bursts drawn at once. */
    public static final int BURST_BUDGET = 200;

    private final TrafficRoutes routes;
    private final Map<Long, InFlight> inFlight = new HashMap<>();
    private final List<Flight> flights = new ArrayList<>();
    private final List<Spot> spots = new ArrayList<>();
    private final TrafficStates states;
    private double hop = 0.5;
    private int second = -1;
    private int arrivalsThisSecond;
    private int arrivalsLastSecond;
    private double shownFraction = 1;
    private double lastPrune = Double.NEGATIVE_INFINITY;

    public TrafficProjection(Design design) {
        this.routes = new TrafficRoutes(design);
        this.states = new TrafficStates(routes);
    }

    /** How long each leg of a request's way takes on screen, in simulated seconds (the animation's speed sets it). */
    public void setHopSeconds(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("a hop lasts more than 0 seconds");
        }
        hop = seconds;
    }

    public double hopSeconds() {
        return hop;
    }

    public void accept(List<SimEvent> events) {
        events.forEach(this::accept);
    }

    public void accept(SimEvent event) {
        if (event instanceof SimEvent.RequestArrived arrived) {
            arrived(arrived);
        } else if (event instanceof SimEvent.RequestForwarded forwarded) {
            var request = inFlight.get(forwarded.requestId());
            if (request != null) {
                request.targetGroupId = forwarded.targetGroupId();
                if (request.flight != null) {
                    request.flight.outbound = routes.outbound(request.loadBalancerId, forwarded.targetGroupId(),
                            forwarded.targetId());
                }
            }
        } else if (event instanceof SimEvent.RequestCompleted completed) {
            var request = inFlight.remove(completed.requestId());
            if (request != null && request.flight != null) {
                request.flight.outcome = completed.targetId() == null ? Outcome.ANSWERED : Outcome.SUCCEEDED;
            }
        } else if (event instanceof SimEvent.RequestFailed failed) {
            failed(failed);
        } else {
            states.accept(event);
        }
    }

    private void arrived(SimEvent.RequestArrived arrived) {
        int now = (int) Math.floor(arrived.time());
        if (now != second) {
            arrivalsLastSecond = now == second + 1 ? arrivalsThisSecond : 0;
            arrivalsThisSecond = 0;
            second = now;
        }
        arrivalsThisSecond++;
        double expected = Math.max(arrivalsLastSecond, arrivalsThisSecond) * 2 * hop;
        shownFraction = expected <= PARTICLE_BUDGET ? 1 : PARTICLE_BUDGET / expected;
        var request = new InFlight(arrived.loadBalancerId());
        if (flights.size() >= PARTICLE_BUDGET && arrived.time() > lastPrune + hop / 4) {
            prune(arrived.time());
        }
        if (flights.size() < PARTICLE_BUDGET && sampled(arrived.requestId(), shownFraction)) {
            request.flight = new Flight(arrived.time(), routes.inbound(arrived.clientId(), arrived.loadBalancerId()),
                    TrafficColors.ofClient(arrived.clientId()), arrived.loadBalancerId());
            flights.add(request.flight);
        }
        inFlight.put(arrived.requestId(), request);
    }

    /**
     * Forgets the particles that reached the end of their way by {@code time} (failed ones stay for their burst), so
     * that many events fed between two frames do not fill the budget with requests long gone.
     */
    private void prune(double time) {
        lastPrune = time;
        flights.removeIf(flight -> {
            boolean over = time - flight.arrived >= flight.end(hop) && flight.outcome != Outcome.FAILED;
            flight.dropped |= over;
            return over;
        });
    }

    private void failed(SimEvent.RequestFailed failed) {
        var request = inFlight.remove(failed.requestId());
        if (request == null) {
            // It never reached a load balancer node (its zone was lost): it fails at the load balancer it was sent to.
            var at = failed.loadBalancerId() == null ? null : routes.centreOf(failed.loadBalancerId());
            if (at != null && spots.size() < BURST_BUDGET) {
                spots.add(new Spot(at[0], at[1], failed.time()));
            }
            return;
        }
        if (request.flight != null && !request.flight.dropped) {
            request.flight.outcome = Outcome.FAILED;
            request.flight.failedAt = failed.time();
            if (failed.targetId() == null) {
                request.flight.outbound = null;
            }
            return;
        }
        if (spots.size() < BURST_BUDGET) {
            var at = failed.targetId() == null ? routes.centreOf(request.loadBalancerId)
                    : endOf(routes.outbound(request.loadBalancerId, request.targetGroupId, failed.targetId()),
                            failed.targetId());
            if (at != null) {
                spots.add(new Spot(at[0], at[1], failed.time()));
            }
        }
    }

    private double[] endOf(TrafficPath path, String targetId) {
        if (path != null) {
            return new double[] {path.endX(), path.endY()};
        }
        var drawn = routes.drawnTarget(targetId);
        return drawn == null ? null : routes.centreOf(drawn.value());
    }

    /** An even, repeatable choice of requests: the id's hash against the share to keep. */
    private static boolean sampled(long id, double fraction) {
        if (fraction >= 1) {
            return true;
        }
        long z = id * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xD6E8FEB86659FD93L;
        z ^= z >>> 32;
        return (z >>> 11) * 0x1.0p-53 < fraction;
    }

    /** What to draw at {@code time} (at or after the last event fed), with target states from the snapshot. */
    public TrafficLayer layer(double time, SimulationSnapshot snapshot, Coloring coloring) {
        var xy = new double[2 * flights.size()];
        var colors = new Rgba[flights.size()];
        var bursts = new ArrayList<TrafficLayer.Burst>();
        double fade = 1.5 * hop;
        int count = 0;
        for (var it = flights.iterator(); it.hasNext(); ) {
            var flight = it.next();
            double s = time - flight.arrived;
            double in = flight.inbound == null ? 0 : hop;
            double end = flight.end(hop);
            if (s < end) {
                if (s < in) {
                    flight.inbound.pointAt(s / in, xy, 2 * count);
                } else {
                    flight.outbound.pointAt((s - in) / hop, xy, 2 * count);
                }
                colors[count++] = coloring == Coloring.BY_CLIENT ? flight.clientColor : flight.outcome.color;
            } else if (flight.outcome == Outcome.FAILED) {
                double age = (time - Math.max(flight.failedAt, flight.arrived + end)) / fade;
                if (age > 1) {
                    it.remove();
                } else if (age >= 0) {
                    var at = flight.endPoint(routes);
                    if (at != null) {
                        bursts.add(new TrafficLayer.Burst(at[0], at[1], age));
                    }
                }
            } else {
                flight.dropped = true;
                it.remove();
            }
        }
        spots.removeIf(spot -> time - spot.time > fade);
        for (var spot : spots) {
            bursts.add(new TrafficLayer.Burst(spot.x, spot.y, Math.max(0, (time - spot.time) / fade)));
        }
        var drawn = states.of(snapshot);
        return new TrafficLayer(xy, colors, count, bursts, drawn.targets(), drawn.notes(), drawn.lostZones(),
                shownFraction);
    }

    /** How many requests are being followed (sent and not yet answered), for tests and the status line. */
    public int requestsInFlight() {
        return inFlight.size();
    }

    private enum Outcome {
        PENDING(TrafficColors.IN_FLIGHT), SUCCEEDED(TrafficColors.SUCCEEDED),
        ANSWERED(TrafficColors.ANSWERED_BY_LOAD_BALANCER), FAILED(TrafficColors.FAILED);

        final Rgba color;

        Outcome(Rgba color) {
            this.color = color;
        }
    }

    /** What is known of a request in flight, drawn or not. */
    private static final class InFlight {
        final String loadBalancerId;
        String targetGroupId = "";
        Flight flight;

        InFlight(String loadBalancerId) {
            this.loadBalancerId = loadBalancerId;
        }
    }

    /** A request drawn as a particle: when it reached the load balancer, its way there and on, and how it ended. */
    private static final class Flight {
        final double arrived;
        final TrafficPath inbound;
        final Rgba clientColor;
        final String loadBalancerId;
        TrafficPath outbound;
        Outcome outcome = Outcome.PENDING;
        double failedAt;
        /** No longer drawn: it reached its target still waiting for the answer. */
        boolean dropped;

        Flight(double arrived, TrafficPath inbound, Rgba clientColor, String loadBalancerId) {
            this.arrived = arrived;
            this.inbound = inbound;
            this.clientColor = clientColor;
            this.loadBalancerId = loadBalancerId;
        }

        /** How long after reaching the load balancer its particle reaches the end of its way. */
        double end(double hop) {
            return (inbound == null ? 0 : hop) + (outbound == null ? 0 : hop);
        }

        /** Where its way ends: at its target, at the load balancer, or (drawn nowhere) the load balancer's centre. */
        double[] endPoint(TrafficRoutes routes) {
            var last = outbound != null ? outbound : inbound;
            return last != null ? new double[] {last.endX(), last.endY()} : routes.centreOf(loadBalancerId);
        }
    }

    /** A failure of a request not drawn as a particle, bursting where it failed. */
    private record Spot(double x, double y, double time) {
    }
}
