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

    @Test
    void cpuTargetTrackingScalesOutWhenTheInstancesAreBusy() {
        // 2 instances serving 10 at a time in 100 ms (100 per second each) get 150 per second: 75% busy against a
        // target of 40%, so after three minutes the group wants ceil(2 x 75 / 40) = 4.
        var base = SimDesigns.autoScaled(2, 6, 2, 1000, SimDesigns.unchanged());
        var asg = base.get(ElementId.of("asg"), com.balancerstudio.model.AutoScalingGroup.class);
        var cpu = new com.balancerstudio.model.AutoScalingGroup(asg.id(), asg.name(), asg.parent(), asg.bounds(), 2, 6, 2,
                asg.subnetIds(), asg.targetGroupIds(), asg.loadBalancerIds(), asg.instanceType(), asg.healthCheckType(),
                new com.balancerstudio.model.TargetTracking(com.balancerstudio.model.ScalingMetric.ASG_AVERAGE_CPU_UTILIZATION, 40),
                asg.securityGroupIds());
        var scenario = SimDesigns.constant(150, 50, 240).withTargets(List.of(new com.balancerstudio.model.scenario.TargetSettings(
                null, 10, null, 100.0, com.balancerstudio.model.scenario.ServiceTimeDistribution.CONSTANT)));
        var events = Simulation.create(base.withReplaced(cpu), scenario, 1).runToEnd();
        var decision = eventsOf(events, SimEvent.ScalingDecided.class).get(0);
        assertThat(decision.time()).isEqualTo(180.0);
        assertThat(decision.to()).isEqualTo(4);
        assertThat(decision.cause()).startsWith("ASGAverageCPUUtilization 75.0");
    }
}
