package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.constant;
import static com.balancerstudio.sim.SimDesigns.twoZones;
import static com.balancerstudio.sim.SimDesigns.unchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.ScenarioEvent;
import com.balancerstudio.model.scenario.ServiceTimeDistribution;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traffic profiles, response times, overload and the loss of a zone, as the per-second metrics show them. */
class TrafficAndMetricsTest {
    private static final Dimension LB = Dimension.loadBalancer("lb");

    @Test
    void profilesGiveTheirRatesPerSecond() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, unchanged());
        var ramp = new Scenario("ramp", "", 100, null, List.of(TrafficSource.to(SimDesigns.LB, 50,
                new TrafficProfile.Ramp(10, 110, 0, 100))), List.of(), List.of(), null, null, List.of());
        var sim = Simulation.create(design, ramp, 1);
        sim.runToEnd();
        var perSecond = sim.metrics().values(MetricName.RequestCount, LB);
        double early = java.util.Arrays.stream(perSecond, 0, 20).average().orElseThrow();
        double late = java.util.Arrays.stream(perSecond, 80, 100).average().orElseThrow();
        assertThat(early).isCloseTo(20, within(4.0)); // 10 + 100 x 10/100 in the middle of the first 20 s
        assertThat(late).isCloseTo(100, within(8.0));

        var spike = new TrafficProfile.Spike(10, 5, 30, 10);
        assertThat(spike.rate(29.9)).isEqualTo(10);
        assertThat(spike.rate(30)).isEqualTo(50);
        assertThat(spike.rate(40)).isEqualTo(10);
        var daily = new TrafficProfile.Daily(10, 90, 100.0);
        assertThat(daily.rate(0)).isEqualTo(10);
        assertThat(daily.rate(50)).isCloseTo(90, within(1e-9));
    }

    @Test
    void responseTimePercentilesFollowTheServiceTime() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, unchanged());
        var scenario = constant(100, 20, 60).withTargets(List.of(
                new TargetSettings(null, 100, null, 40.0, ServiceTimeDistribution.CONSTANT)));
        var sim = Simulation.create(design, scenario, 1);
        sim.runToEnd();
        assertThat(sim.metrics().percentile(LB, 50, 0, 60)).isCloseTo(0.040, within(0.001));
        assertThat(sim.metrics().percentile(LB, 99, 0, 60)).isCloseTo(0.040, within(0.001));
        assertThat(sim.metrics().values(MetricName.RequestCount, LB)[30]).isEqualTo(100);
    }

    @Test
    void anOverloadedTargetQueuesThenRefuses() {
        // One target serving 2 at a time in 100 ms (20 per second) gets 50 per second: its queue of 10 fills, waiting
        // makes responses slow, and what does not fit is answered 503 by the target.
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 0, unchanged());
        var scenario = constant(50, 20, 30).withTargets(List.of(
                new TargetSettings(null, 2, 10, 100.0, ServiceTimeDistribution.CONSTANT)));
        var sim = Simulation.create(design, scenario, 1);
        sim.runToEnd();
        var metrics = sim.metrics();
        assertThat(metrics.total(MetricName.HTTPCode_Target_2XX_Count, LB)).isCloseTo(20 * 30, within(25.0));
        assertThat(metrics.total(MetricName.HTTPCode_Target_5XX_Count, LB)).isGreaterThan(800);
        assertThat(metrics.percentile(LB, 50, 10, 30)).isCloseTo(0.6, within(0.05)); // 10 waiting ahead at 20 per second
    }

    @Test
    void losingAZoneMovesItsClientsToTheOtherNode() {
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, SimDesigns.healthCheck(10, 5, 2, 2));
        var scenario = constant(100, 50, 120).withEvents(List.of(new ScenarioEvent(30, new Fault.LoseZone("us-east-1a"))));
        var sim = Simulation.create(design, scenario, 1);
        sim.advanceTo(60);
        assertThat(sim.snapshot().nodes()).extracting(SimulationSnapshot.Node::up).containsExactly(false, true);
        sim.runToEnd();
        var metrics = sim.metrics();
        assertThat(metrics.total(MetricName.NodeUnreachableCount, LB)).isEqualTo(25); // each of zone a's 25 clients once
        assertThat(metrics.sum(MetricName.RequestCount, Dimension.zone("us-east-1a"), 31, 120)).isZero();
        assertThat(metrics.sum(MetricName.HTTPCode_ELB_5XX_Count, LB, 50, 120)).isZero();
        assertThat(metrics.values(MetricName.HealthyHostCount, Dimension.targetGroup("tg"))[100]).isEqualTo(2);
    }

    @Test
    void anInjectedSpikeMultipliesTheTraffic() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1, unchanged());
        var sim = Simulation.create(design, constant(10, 10, 60), 1);
        sim.advanceTo(20);
        sim.inject(new Fault.TrafficSpike(4, 10));
        var events = sim.runToEnd();
        assertThat(events).anyMatch(e -> e instanceof SimEvent.FaultApplied f && f.time() == 20);
        var perSecond = sim.metrics().values(MetricName.RequestCount, LB);
        assertThat(perSecond[25]).isEqualTo(40);
        assertThat(perSecond[45]).isEqualTo(10);
    }
}
