package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.eventsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.ScenarioEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Target tracking scales out after three minutes above target; new targets serve once launched and healthy. */
class AutoScalingTest {

    @Test
    void scalingOutAddsATargetAfterLaunchTimeAndHealthChecks() {
        // 1 instance, target 300 requests per target per minute, 10 requests per second = 600 per minute: above the
        // target at 60, 120 and 180 s, so at 180 s the group wants ceil(1 x 600 / 300) = 2. The new instance runs at
        // 180 + 30 = 210 s, is checked at once and every 10 s: healthy after 2 passes, at 220 s.
        var design = SimDesigns.autoScaled(1, 4, 1, 300, SimDesigns.healthCheck(10, 5, 2, 2));
        var scenario = SimDesigns.constant(10, 20, 400).withLaunchTime(30, 60);
        var events = Simulation.create(design, scenario, 1).runToEnd();

        var decisions = eventsOf(events, SimEvent.ScalingDecided.class);
        assertThat(decisions).isNotEmpty();
        assertThat(decisions.get(0).time()).isEqualTo(180.0);
        assertThat(decisions.get(0).from()).isEqualTo(1);
        assertThat(decisions.get(0).to()).isEqualTo(2);
        var launched = eventsOf(events, SimEvent.InstanceLaunched.class).get(0);
        assertThat(launched.targetId()).isEqualTo("asg-2");
        assertThat(launched.runningAt()).isEqualTo(210.0);

        var healthy = eventsOf(events, SimEvent.HealthChanged.class).stream()
                .filter(h -> h.targetId().equals("asg-2") && h.to() == TargetHealth.HEALTHY).findFirst().orElseThrow();
        assertThat(healthy.time()).isEqualTo(220.0);
        var toNew = eventsOf(events, SimEvent.RequestForwarded.class).stream()
                .filter(f -> f.targetId().equals("asg-2")).toList();
        assertThat(toNew).isNotEmpty().allSatisfy(f -> assertThat(f.time()).isGreaterThanOrEqualTo(220.0));
        assertThat(launched.zone()).as("the new instance goes to the zone with fewer").isEqualTo("us-east-1b");
    }

    @Test
    void scalingInDrainsBeforeTerminating() {
        var design = SimDesigns.autoScaled(1, 4, 3, 1000, SimDesigns.deregistrationDelay(20));
        Scenario scenario = SimDesigns.constant(5, 10, 120).withEvents(List.of(
                new ScenarioEvent(30, new Fault.SetDesiredCapacity(ElementId.of("asg"), 1))));
        var sim = Simulation.create(design, scenario, 1);
        var events = sim.runToEnd();

        var drained = eventsOf(events, SimEvent.DrainingStarted.class);
        assertThat(drained).hasSize(2).allSatisfy(d -> assertThat(d.time()).isEqualTo(30.0));
        var terminated = eventsOf(events, SimEvent.InstanceTerminated.class);
        assertThat(terminated).hasSize(2).allSatisfy(t -> assertThat(t.time()).isBetween(30.0, 50.0));
        assertThat(sim.snapshot().scalingGroups()).singleElement()
                .satisfies(g -> assertThat(g.inService()).isEqualTo(1));
        assertThat(sim.snapshot().targetsOf("tg")).hasSize(1);
    }
}
