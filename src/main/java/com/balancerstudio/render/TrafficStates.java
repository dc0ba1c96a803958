package com.balancerstudio.render;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.sim.SimEvent;
import com.balancerstudio.sim.SimulationSnapshot;
import com.balancerstudio.sim.TargetHealth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state drawn on the diagram's elements while a simulation runs: each drawn instance's health, load and draining
 * countdown, what the instances an Auto Scaling group launched are doing (on the group), a target group failing
 * open, and the Availability Zones whose load balancer nodes are gone.
 */
final class TrafficStates {
    /** When an instance is in several target groups, the state that says most is drawn. */
    private static final Map<TargetHealth, Integer> WEIGHT = Map.of(TargetHealth.DRAINING, 4,
            TargetHealth.UNHEALTHY, 3, TargetHealth.INITIAL, 2, TargetHealth.HEALTHY, 1, TargetHealth.UNUSED, 0);

    private final TrafficRoutes routes;
    private final Set<String> failingOpen = new HashSet<>();

    TrafficStates(TrafficRoutes routes) {
        this.routes = routes;
    }

    record Drawn(Map<ElementId, TrafficLayer.TargetMark> targets, Map<ElementId, String> notes,
                 Set<ElementId> lostZones) {
    }

    void accept(SimEvent event) {
        if (event instanceof SimEvent.FailOpenChanged open) {
            if (open.failingOpen()) {
                failingOpen.add(open.targetGroupId());
            } else {
                failingOpen.remove(open.targetGroupId());
            }
        }
    }

    Drawn of(SimulationSnapshot snapshot) {
        var targets = new HashMap<ElementId, TrafficLayer.TargetMark>();
        var notes = new HashMap<ElementId, String>();
        var lost = new HashSet<ElementId>();
        if (snapshot == null) {
            return new Drawn(targets, notes, lost);
        }
        var launched = new TreeMap<ElementId, Map<TargetHealth, Integer>>();
        for (var target : snapshot.targets()) {
            var drawn = routes.drawnTarget(target.targetId());
            if (drawn == null) {
                continue;
            }
            if (!drawn.value().equals(target.targetId())) {
                launched.computeIfAbsent(drawn, k -> new EnumMap<>(TargetHealth.class)).merge(target.health(), 1,
                        Integer::sum);
                continue;
            }
            var mark = new TrafficLayer.TargetMark(target.health(), target.running(),
                    target.instanceInService() + target.instanceWaiting(), target.capacity(),
                    target.drainingSecondsLeft(), target.inSlowStart());
            targets.merge(drawn, mark, (a, b) -> WEIGHT.get(b.health()) > WEIGHT.get(a.health()) ? b : a);
        }
        // A target deregistered (drained) is no longer in any group: it is unused, as the console says.
        for (var id : routes.registeredInstances()) {
            targets.putIfAbsent(id, new TrafficLayer.TargetMark(TargetHealth.UNUSED, true, 0, 0, Double.NaN, false));
        }
        for (var group : snapshot.scalingGroups()) {
            var id = ElementId.of(group.autoScalingGroupId());
            var text = new StringBuilder("desired ").append(group.desired()).append(" · ").append(group.inService())
                    .append(" running");
            if (group.launching() > 0) {
                text.append(" · ").append(group.launching()).append(" launching");
            }
            launched.getOrDefault(id, Map.of()).forEach((health, count) ->
                    text.append(" · ").append(count).append(' ').append(health.awsName()));
            notes.put(id, text.toString());
        }
        for (var group : failingOpen) {
            var id = ElementId.of(group);
            if (routes.isDrawn(id)) {
                notes.put(id, "fail-open: every target unhealthy, sending to all");
            }
        }
        for (var node : snapshot.nodes()) {
            if (!node.up()) {
                var zone = routes.zone(node.zone());
                if (zone != null) {
                    lost.add(zone);
                }
            }
        }
        return new Drawn(targets, notes, lost);
    }
}
