package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.both;
import static com.balancerstudio.sim.SimDesigns.constant;
import static com.balancerstudio.sim.SimDesigns.deregistrationDelay;
import static com.balancerstudio.sim.SimDesigns.eventsOf;
import static com.balancerstudio.sim.SimDesigns.healthCheck;
import static com.balancerstudio.sim.SimDesigns.stickiness;
import static com.balancerstudio.sim.SimDesigns.twoZones;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.model.scenario.ScenarioEvent;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A target coming back eases in with slow start; sticky clients of a draining target move at once. */
class SlowStartAndDrainingStickinessTest {
    private static final ElementId A1 = ElementId.of("a1");
    private static final ElementId TG = ElementId.of("tg");

    private static UnaryOperator<TargetGroup> slowStart(int seconds) {
        return g -> g.withSlowStart(seconds);
    }

    @Test
    void aTargetInSlowStartGetsALinearlyGrowingShare() {
        // a1 leaves at 10 s and is registered again at 20 s: checked at 20 and 30 s, healthy at 30 s, then it ramps
        // up over 100 s of slow start: about a quarter of its full share in the first 50 s, all of it after 130 s.
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2,
                both(both(slowStart(100), healthCheck(10, 5, 2, 2)), deregistrationDelay(0)));
        var scenario = constant(100, 50, 200).withEvents(List.of(
                new ScenarioEvent(10, new Fault.DeregisterTarget(A1, null)),
                new ScenarioEvent(20, new Fault.RegisterTarget(A1, TG))));
        var sim = Simulation.create(design, scenario, 1);
        var events = sim.runToEnd();

        var healthy = eventsOf(events, SimEvent.HealthChanged.class).stream()
                .filter(h -> h.to() == TargetHealth.HEALTHY).toList();
        assertThat(healthy).singleElement().satisfies(h -> assertThat(h.time()).isEqualTo(30.0));
        var a1 = Dimension.target("a1");
        double early = sim.metrics().sum(MetricName.RequestCount, a1, 30, 80) / 50;
        double full = sim.metrics().sum(MetricName.RequestCount, a1, 140, 200) / 60;
        assertThat(full).isBetween(23.0, 27.0);
        assertThat(early).isBetween(3.0, 13.0);
    }

    @Test
    void stickyClientsOfADrainingTargetAreSentElsewhereAtOnce() {
        var design = twoZones(LoadBalancerType.APPLICATION, 1, 1,
                both(stickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null)), deregistrationDelay(60)));
        var scenario = constant(20, 10, 60).withEvents(List.of(new ScenarioEvent(30, new Fault.DeregisterTarget(A1, null))));
        var events = Simulation.create(design, scenario, 1).runToEnd();
        var late = eventsOf(events, SimEvent.RequestForwarded.class).stream().filter(f -> f.time() > 30).toList();
        assertThat(late).isNotEmpty().allSatisfy(f -> assertThat(f.targetId()).isEqualTo("b1"));
    }
}
