package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.both;
import static com.balancerstudio.sim.SimDesigns.constant;
import static com.balancerstudio.sim.SimDesigns.deregistrationDelay;
import static com.balancerstudio.sim.SimDesigns.eventsOf;
import static com.balancerstudio.sim.SimDesigns.healthCheck;
import static com.balancerstudio.sim.SimDesigns.twoZones;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.ScenarioEvent;
import com.balancerstudio.model.scenario.ServiceTimeDistribution;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health checks, fail-open and connection draining, against times worked out by hand. */
class HealthAndDrainingTest {
    private static final ElementId A1 = ElementId.of("a1");

    @Test
    void aStoppedTargetIsOutAfterExactlyUnhealthyThresholdTimesInterval() {
        // Checks every 10 s (at 10, 20, 30...); a1 stops at 10.5; 3 failures in a row (20, 30, 40) make it unhealthy
        // at 40 = its last passed check (10) + 3 x 10. Until then requests sent to it fail with 502.
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, healthCheck(10, 5, 3, 3));
        var scenario = constant(100, 20, 60).withEvents(List.of(new ScenarioEvent(10.5, new Fault.StopInstance(A1))));
        var events = Simulation.create(design, scenario, 1).runToEnd();

        var changes = eventsOf(events, SimEvent.HealthChanged.class);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).targetId()).isEqualTo("a1");
        assertThat(changes.get(0).to()).isEqualTo(TargetHealth.UNHEALTHY);
        assertThat(changes.get(0).time()).isEqualTo(40.0);

        var toA1 = eventsOf(events, SimEvent.RequestForwarded.class).stream()
                .filter(f -> f.targetId().equals("a1") && f.time() > 10.5).toList();
        assertThat(toA1).isNotEmpty().allSatisfy(f -> assertThat(f.time()).isLessThan(40.0));
        var refused = eventsOf(events, SimEvent.RequestFailed.class).stream()
                .filter(f -> f.reason() == FailureReason.TARGET_UNREACHABLE).toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused).allSatisfy(f -> assertThat(f.time()).isBetween(10.5, 40.0));
        // A quarter of 29.5 s of 100 requests per second went to a1 before it was taken out.
        assertThat((double) refused.size()).isBetween(0.25 * 2950 - 10, 0.25 * 2950 + 10);
    }

    @Test
    void aTargetFailingHealthChecksComesBackAfterHealthyThresholdPasses() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, healthCheck(10, 5, 2, 2));
        var scenario = constant(10, 5, 100).withEvents(List.of(
                new ScenarioEvent(5, new Fault.FailHealthCheck(A1)),
                new ScenarioEvent(35, new Fault.RestoreInstance(A1))));
        var changes = eventsOf(Simulation.create(design, scenario, 1).runToEnd(), SimEvent.HealthChanged.class);

        assertThat(changes).extracting(SimEvent.HealthChanged::time, SimEvent.HealthChanged::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(20.0, TargetHealth.UNHEALTHY),
                org.assertj.core.groups.Tuple.tuple(50.0, TargetHealth.HEALTHY));
    }

    @Test
    void whenEveryTargetIsUnhealthyTheLoadBalancerFailsOpen() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, healthCheck(10, 5, 2, 2));
        var scenario = constant(10, 5, 60).withEvents(List.of(
                new ScenarioEvent(1, new Fault.FailHealthCheck(A1)),
                new ScenarioEvent(1, new Fault.FailHealthCheck(ElementId.of("b1")))));
        var sim = Simulation.create(design, scenario, 1);
        var events = sim.runToEnd();

        var failOpen = eventsOf(events, SimEvent.FailOpenChanged.class);
        assertThat(failOpen).hasSize(1);
        assertThat(failOpen.get(0).time()).isEqualTo(20.0);
        assertThat(failOpen.get(0).failingOpen()).isTrue();
        // Both targets still serve (their applications work; only their health checks fail), nothing is refused.
        var afterward = eventsOf(events, SimEvent.RequestForwarded.class).stream().filter(f -> f.time() > 21).toList();
        assertThat(afterward).extracting(SimEvent.RequestForwarded::targetId).contains("a1", "b1");
        assertThat(sim.metrics().total(MetricName.HTTPCode_ELB_5XX_Count, Dimension.loadBalancer("lb"))).isZero();
        assertThat(sim.metrics().values(MetricName.UnHealthyHostCount, Dimension.targetGroup("tg"))[30]).isEqualTo(2);
        assertThat(sim.metrics().values(MetricName.HealthyHostCount, Dimension.targetGroup("tg"))[5]).isEqualTo(2);
    }

    @Test
    void aDrainingTargetGetsNoNewRequestsAndWhatIsLeftIsCutAtTheDelay() {
        // Requests take 100 s, so those on a1 when it is deregistered at 20 s cannot finish within the 30 s delay:
        // they are cut at exactly 50 s.
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, deregistrationDelay(30));
        var slow = new TargetSettings(null, 10_000, null, 100_000.0, ServiceTimeDistribution.CONSTANT);
        var scenario = constant(10, 5, 80).withTargets(List.of(slow))
                .withEvents(List.of(new ScenarioEvent(20, new Fault.DeregisterTarget(A1, null))));
        var sim = Simulation.create(design, scenario, 1);
        var events = sim.advanceTo(30);

        var started = eventsOf(events, SimEvent.DrainingStarted.class);
        assertThat(started).singleElement().satisfies(s -> {
            assertThat(s.deadline()).isEqualTo(50.0);
            assertThat(s.inFlight()).isEqualTo(100); // half of 10 requests per second for 20 s
        });
        assertThat(sim.snapshot().target("tg", "a1").drainingSecondsLeft()).isEqualTo(20.0);
        assertThat(sim.snapshot().target("tg", "a1").health()).isEqualTo(TargetHealth.DRAINING);

        events = sim.runToEnd();
        var toA1 = eventsOf(events, SimEvent.RequestForwarded.class).stream().filter(f -> f.targetId().equals("a1"));
        assertThat(toA1).as("no new request after deregistration").isEmpty();
        var ended = eventsOf(events, SimEvent.DrainingEnded.class);
        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.time()).isEqualTo(50.0);
            assertThat(e.cutRequests()).isEqualTo(100);
        });
        var cut = eventsOf(events, SimEvent.RequestFailed.class).stream()
                .filter(f -> f.reason() == FailureReason.DRAINING_CUT).toList();
        assertThat(cut).hasSize(100).allSatisfy(f -> assertThat(f.time()).isEqualTo(50.0));
        assertThat(sim.metrics().total(MetricName.DeregistrationCutCount, Dimension.loadBalancer("lb"))).isEqualTo(100);
        assertThat(sim.snapshot().target("tg", "a1")).as("unused targets leave the group").isNull();
    }

    @Test
    void aDrainingTargetWhoseRequestsFinishLeavesBeforeTheDelay() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, both(deregistrationDelay(300), healthCheck(10, 5, 2, 2)));
        var quick = new TargetSettings(null, 100, null, 200.0, ServiceTimeDistribution.CONSTANT);
        var scenario = constant(10, 5, 60).withTargets(List.of(quick))
                .withEvents(List.of(new ScenarioEvent(20.05, new Fault.DeregisterTarget(A1, null))));
        var ended = eventsOf(Simulation.create(design, scenario, 1).runToEnd(), SimEvent.DrainingEnded.class);

        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.cutRequests()).isZero();
            assertThat(e.time()).isBetween(20.05, 20.25);
        });
    }

    @Test
    void longRequestsDoNotFailHealthChecksButABadlySlowedInstanceTimesOut() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, healthCheck(10, 5, 2, 2));
        var downloads = new TargetSettings(null, 10_000, null, 30_000.0, ServiceTimeDistribution.CONSTANT);
        var longRequests = constant(10, 5, 60).withTargets(List.of(downloads));
        assertThat(eventsOf(Simulation.create(design, longRequests, 1).runToEnd(), SimEvent.HealthChanged.class))
                .as("the health check path answers at once even when requests take 30 s").isEmpty();

        // The health page takes 50 ms: 100 times slower is 5 s, the timeout, so checks at 10 and 20 s time out.
        var slowed = constant(10, 5, 60).withEvents(List.of(new ScenarioEvent(5, new Fault.SlowInstance(A1, 100))));
        var changes = eventsOf(Simulation.create(design, slowed, 1).runToEnd(), SimEvent.HealthChanged.class);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.targetId()).isEqualTo("a1");
            assertThat(c.to()).isEqualTo(TargetHealth.UNHEALTHY);
            assertThat(c.reason()).isEqualTo("Target.Timeout");
        });
    }

    @Test
    void anInstanceStoppedInTheDesignIsNeverSentARequestNorChecked() {
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, healthCheck(10, 5, 3, 3));
        var a1 = design.get(A1, com.balancerstudio.model.Instance.class);
        var stopped = design.withReplaced(a1.withState(com.balancerstudio.model.InstanceState.STOPPED));

        var events = Simulation.create(stopped, constant(100, 20, 60), 1).runToEnd();

        var forwards = SimDesigns.forwardsByTarget(events);
        assertThat(forwards).doesNotContainKey("a1").containsKeys("a2", "b1", "b2");
        assertThat(eventsOf(events, SimEvent.HealthChanged.class)).isEmpty();
        assertThat(eventsOf(events, SimEvent.RequestFailed.class)).isEmpty();
    }

    @Test
    void aGroupOfStoppedInstancesDoesNotFailOpenToThem() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 0, healthCheck(10, 5, 3, 3));
        var a1 = design.get(A1, com.balancerstudio.model.Instance.class);
        var stopped = design.withReplaced(a1.withState(com.balancerstudio.model.InstanceState.STOPPED));

        var events = Simulation.create(stopped, constant(10, 5, 30), 1).runToEnd();

        assertThat(SimDesigns.forwardsByTarget(events)).doesNotContainKey("a1");
        assertThat(eventsOf(events, SimEvent.FailOpenChanged.class)).isEmpty();
        assertThat(eventsOf(events, SimEvent.RequestFailed.class)).isNotEmpty();
    }
}
