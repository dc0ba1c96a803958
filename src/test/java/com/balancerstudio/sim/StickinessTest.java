package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.both;
import static com.balancerstudio.sim.SimDesigns.clientsOfRequests;
import static com.balancerstudio.sim.SimDesigns.constant;
import static com.balancerstudio.sim.SimDesigns.eventsOf;
import static com.balancerstudio.sim.SimDesigns.healthCheck;
import static com.balancerstudio.sim.SimDesigns.stickiness;
import static com.balancerstudio.sim.SimDesigns.twoZones;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.ScenarioEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Load balancer cookies keep a client on its target, and move it when the target becomes unhealthy. */
class StickinessTest {
    private static final Stickiness LB_COOKIE = new Stickiness(true, StickinessType.LB_COOKIE, 3600, null);

    @Test
    void aStickyClientStaysOnItsTargetAndMovesWhenItBecomesUnhealthy() {
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, both(stickiness(LB_COOKIE), healthCheck(10, 5, 2, 2)));
        var scenario = constant(20, 10, 120);
        var events = Simulation.create(design, scenario, 4).advanceTo(25);
        var firstTarget = targetsOf("clients1-1", events);
        assertThat(firstTarget).hasSize(1);
        var sticky = firstTarget.iterator().next();

        // The client's target fails its health checks from 25 s: unhealthy at 40 s (checks at 30 and 40).
        var sim = Simulation.create(design, scenario.withEvents(List.of(
                new ScenarioEvent(25, new Fault.FailHealthCheck(ElementId.of(sticky))))), 4);
        var all = sim.runToEnd();
        var before = all.stream().filter(e -> e.time() < 40).toList();
        var after = all.stream().filter(e -> e.time() > 40).toList();

        assertThat(targetsOf("clients1-1", before)).containsExactly(sticky);
        var moved = targetsOf("clients1-1", after);
        assertThat(moved).hasSize(1).doesNotContain(sticky);
    }

    @Test
    void withoutStickinessTheSameClientVisitsEveryTarget() {
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, SimDesigns.unchanged());
        var events = Simulation.create(design, constant(20, 10, 60), 4).runToEnd();
        assertThat(targetsOf("clients1-1", events)).hasSize(4);
    }

    private static Set<String> targetsOf(String client, List<SimEvent> events) {
        var clientOf = clientsOfRequests(events);
        return eventsOf(events, SimEvent.RequestForwarded.class).stream()
                .filter(f -> client.equals(clientOf.get(f.requestId())))
                .map(SimEvent.RequestForwarded::targetId).collect(Collectors.toSet());
    }
}
