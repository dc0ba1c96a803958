package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.both;
import static com.balancerstudio.sim.SimDesigns.healthCheck;
import static com.balancerstudio.sim.SimDesigns.stickiness;
import static com.balancerstudio.sim.SimDesigns.twoZones;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.ScenarioEvent;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The same design, scenario and seed give the same run, event for event, however it is stepped. */
class DeterminismTest {
    private static final Scenario BUSY = new Scenario("busy", "", 90, null,
            List.of(TrafficSource.to(SimDesigns.LB, 30, new TrafficProfile.Poisson(80))),
            List.of(new ScenarioEvent(20, new Fault.SlowInstance(ElementId.of("a1"), 4)),
                    new ScenarioEvent(40, new Fault.StopInstance(ElementId.of("b1"))),
                    new ScenarioEvent(60, new Fault.DeregisterTarget(ElementId.of("a2"), null))),
            List.of(), null, null, List.of());

    private static final com.balancerstudio.model.Design DESIGN = twoZones(LoadBalancerType.APPLICATION, 2, 2,
            both(stickiness(new Stickiness(true, StickinessType.LB_COOKIE, 30, null)), healthCheck(10, 5, 2, 2)));

    @Property(tries = 5)
    void sameSeedGivesTheSameEventLog(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        var first = Simulation.create(DESIGN, BUSY, seed).runToEnd();
        var second = Simulation.create(DESIGN, BUSY, seed).runToEnd();
        assertThat(first).hasSizeGreaterThan(10_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void steppingFrameByFrameGivesTheSameEventsAsRunningThrough() {
        var whole = Simulation.create(DESIGN, BUSY, 42).runToEnd();
        var stepped = Simulation.create(DESIGN, BUSY, 42);
        var events = new ArrayList<SimEvent>();
        for (double t = 0; t < 95; t += 1.0 / 60) {
            events.addAll(stepped.advanceTo(t));
        }
        assertThat(events).isEqualTo(whole);
        assertThat(stepped.finished()).isTrue();
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        var first = Simulation.create(DESIGN, BUSY, 1).runToEnd();
        var second = Simulation.create(DESIGN, BUSY, 2).runToEnd();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theListenerHearsEveryEventAndMetricsMatchTheEvents() {
        var sim = Simulation.create(DESIGN, BUSY, 3);
        var heard = new ArrayList<SimEvent>();
        sim.setListener(heard::add);
        var returned = sim.runToEnd();
        assertThat(heard).isEqualTo(returned);
        long arrived = returned.stream().filter(SimEvent.RequestArrived.class::isInstance).count();
        assertThat(sim.metrics().total(MetricName.RequestCount, Dimension.loadBalancer("lb"))).isEqualTo(arrived);
    }

    @Test
    void runningWithoutRequestEventsGivesTheSameMetrics() {
        var full = Simulation.create(DESIGN, BUSY, 5);
        full.runToEnd();
        var quiet = Simulation.create(DESIGN, BUSY, 5, Simulation.Options.METRICS_ONLY);
        var events = quiet.runToEnd();
        assertThat(events).noneMatch(e -> e instanceof SimEvent.RequestArrived);
        for (var dimension : full.metrics().dimensions()) {
            for (var metric : MetricName.values()) {
                assertThat(quiet.metrics().values(metric, dimension)).as(metric + " " + dimension)
                        .isEqualTo(full.metrics().values(metric, dimension));
            }
        }
    }
}
