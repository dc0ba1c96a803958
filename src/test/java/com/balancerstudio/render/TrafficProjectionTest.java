package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import com.balancerstudio.sim.FailureReason;
import com.balancerstudio.sim.SimEvent;
import com.balancerstudio.sim.SimulationSnapshot;
import com.balancerstudio.sim.TargetHealth;
import com.balancerstudio.sim.TargetSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The traffic layer as a projection of simulation events and time, on the two-zone web tier sample (Internet users →
 * www record → web-alb → web-tg → web-a1...), without a display.
 */
class TrafficProjectionTest {
    private static final double HOP = 0.5;
    private static Design design;

    @BeforeAll
    static void read() throws Exception {
        design = DesignFile.read(Path.of("sample-designs", "two-az-alb-web-tier.balancer.json"));
    }

    private static TrafficProjection projection() {
        var projection = new TrafficProjection(design);
        projection.setHopSeconds(HOP);
        return projection;
    }

    private static SimEvent.RequestArrived arrived(double time, long id, String client) {
        return new SimEvent.RequestArrived(time, id, client, "198.51.100.7", "web-alb", "us-east-1a");
    }

    private static SimEvent.RequestForwarded forwarded(double time, long id, String target) {
        return new SimEvent.RequestForwarded(time, id, "web-tg", target, "us-east-1a", false);
    }

    private static Rect icon(String id) {
        return ResourcePainter.icon(design.absoluteBounds(ElementId.of(id)));
    }

    /** How far a point is from an element's icon and the labels under it (connectors attach below the labels). */
    private static double distanceToIcon(double x, double y, String id) {
        var i = icon(id);
        var r = new Rect(i.x(), i.y(), i.width(), i.height() + ResourcePainter.LABEL_SPACE);
        double dx = Math.max(Math.max(r.x() - x, 0), x - r.maxX());
        double dy = Math.max(Math.max(r.y() - y, 0), y - r.maxY());
        return Math.hypot(dx, dy);
    }

    @Test
    void aRequestTravelsFromItsClientToTheLoadBalancerThenToItsTargetAndIsGoneOnceAnswered() {
        var projection = projection();
        projection.accept(List.of(arrived(10, 1, "users-3"), forwarded(10, 1, "web-a1"),
                new SimEvent.RequestCompleted(10.02, 1, "web-a1", 200, 0.02)));

        var start = projection.layer(10, null, TrafficProjection.Coloring.BY_CLIENT);
        assertThat(start.particleCount()).isEqualTo(1);
        assertThat(distanceToIcon(start.x(0), start.y(0), "users")).isLessThan(2);
        assertThat(distanceToIcon(start.x(0), start.y(0), "web-alb")).isGreaterThan(50);

        var atLoadBalancer = projection.layer(10 + HOP * 0.999, null, TrafficProjection.Coloring.BY_CLIENT);
        assertThat(distanceToIcon(atLoadBalancer.x(0), atLoadBalancer.y(0), "web-alb")).isLessThan(2);
        assertThat(distanceToIcon(atLoadBalancer.x(0), atLoadBalancer.y(0), "users")).isGreaterThan(50);

        var atTarget = projection.layer(10 + 2 * HOP * 0.999, null, TrafficProjection.Coloring.BY_CLIENT);
        assertThat(distanceToIcon(atTarget.x(0), atTarget.y(0), "web-a1")).isLessThan(2);
        assertThat(distanceToIcon(atTarget.x(0), atTarget.y(0), "web-alb")).isGreaterThan(50);
        assertThat(atTarget.particleColors()[0]).isEqualTo(TrafficColors.ofClient("users-3"));

        assertThat(projection.layer(10 + 2 * HOP + 0.01, null, TrafficProjection.Coloring.BY_CLIENT).particleCount())
                .isZero();
        assertThat(projection.requestsInFlight()).isZero();
    }

    @Test
    void byOutcomeARequestIsBlueWhileWaitingAndGreenOnceATargetAnswered() {
        var projection = projection();
        projection.accept(List.of(arrived(0, 1, "users-1"), forwarded(0, 1, "web-b1")));
        assertThat(projection.layer(0.1, null, TrafficProjection.Coloring.BY_OUTCOME).particleColors()[0])
                .isEqualTo(TrafficColors.IN_FLIGHT);
        projection.accept(new SimEvent.RequestCompleted(0.2, 1, "web-b1", 200, 0.2));
        assertThat(projection.layer(0.2, null, TrafficProjection.Coloring.BY_OUTCOME).particleColors()[0])
                .isEqualTo(TrafficColors.SUCCEEDED);
    }

    @Test
    void aRequestThatFailedAtItsTargetBurstsThereOnceItsParticleArrivesThenFades() {
        var projection = projection();
        projection.accept(List.of(arrived(0, 1, "users-1"), forwarded(0, 1, "web-b2"),
                new SimEvent.RequestFailed(0, 1, "web-b2", FailureReason.TARGET_UNREACHABLE)));
        var travelling = projection.layer(0.6, null, TrafficProjection.Coloring.BY_OUTCOME);
        assertThat(travelling.particleColors()[0]).isEqualTo(TrafficColors.FAILED);
        assertThat(travelling.bursts()).isEmpty();

        var burst = projection.layer(2 * HOP + 0.1, null, TrafficProjection.Coloring.BY_OUTCOME);
        assertThat(burst.particleCount()).isZero();
        assertThat(burst.bursts()).hasSize(1);
        assertThat(distanceToIcon(burst.bursts().get(0).x(), burst.bursts().get(0).y(), "web-b2")).isLessThan(2);
        assertThat(burst.bursts().get(0).age()).isCloseTo(0.1 / (1.5 * HOP), within(1e-9));

        assertThat(projection.layer(2 * HOP + 1.5 * HOP + 0.01, null, TrafficProjection.Coloring.BY_OUTCOME).bursts())
                .isEmpty();
    }

    @Test
    void aRequestNoTargetTookBurstsAtTheLoadBalancer() {
        var projection = projection();
        projection.accept(List.of(arrived(0, 1, "users-1"),
                new SimEvent.RequestFailed(0, 1, null, FailureReason.NO_TARGET)));
        var layer = projection.layer(HOP + 0.05, null, TrafficProjection.Coloring.BY_OUTCOME);
        assertThat(layer.particleCount()).isZero();
        assertThat(layer.bursts()).hasSize(1);
        assertThat(distanceToIcon(layer.bursts().get(0).x(), layer.bursts().get(0).y(), "web-alb")).isLessThan(2);
    }

    @Test
    void aRequestWhoseZoneWasLostBurstsAtTheLoadBalancerItWasSentTo() {
        var projection = projection();
        projection.accept(List.of(new SimEvent.RequestFailed(0, 1, null, FailureReason.NODE_UNREACHABLE, "users-1",
                "web-alb")));
        var layer = projection.layer(0.05, null, TrafficProjection.Coloring.BY_OUTCOME);
        assertThat(layer.bursts()).hasSize(1);
        assertThat(distanceToIcon(layer.bursts().get(0).x(), layer.bursts().get(0).y(), "web-alb")).isLessThan(2);
    }

    @Test
    void tooManyRequestsAreSampledEvenlyWithinTheBudgetAndTheSameEventsGiveTheSameLayer() {
        var events = new ArrayList<SimEvent>();
        int perSecond = 20_000;
        for (int i = 0; i < 2 * perSecond; i++) {
            double time = i / (double) perSecond;
            events.add(arrived(time, i + 1, "users-" + (i % 50 + 1)));
            events.add(forwarded(time, i + 1, i % 2 == 0 ? "web-a1" : "web-b1"));
        }
        var first = projection();
        first.accept(events);
        var layer = first.layer(2, null, TrafficProjection.Coloring.BY_CLIENT);
        assertThat(layer.particleCount()).isBetween(TrafficProjection.PARTICLE_BUDGET / 4,
                TrafficProjection.PARTICLE_BUDGET);
        assertThat(layer.shownFraction()).isCloseTo(TrafficProjection.PARTICLE_BUDGET / (perSecond * 2 * HOP),
                within(0.01));

        var second = projection();
        second.accept(events);
        var again = second.layer(2, null, TrafficProjection.Coloring.BY_CLIENT);
        assertThat(again.particleCount()).isEqualTo(layer.particleCount());
        for (int i = 0; i < layer.particleCount(); i++) {
            assertThat(again.x(i)).isEqualTo(layer.x(i));
            assertThat(again.y(i)).isEqualTo(layer.y(i));
        }
    }

    @Test
    void targetsShowTheirHealthLoadAndDrainingCountdownAndLostZonesAreMarked() {
        var snapshot = new SimulationSnapshot(30, List.of(
                new TargetSnapshot("web-tg", "web-a1", "us-east-1a", TargetHealth.HEALTHY, true, 3, 3, 1, 4,
                        Double.NaN, false),
                new TargetSnapshot("web-tg", "web-a2", "us-east-1a", TargetHealth.DRAINING, true, 1, 1, 0, 4, 41.2,
                        false),
                new TargetSnapshot("web-tg", "web-b1", "us-east-1b", TargetHealth.UNHEALTHY, false, 0, 0, 0, 4,
                        Double.NaN, false)),
                List.of(new SimulationSnapshot.Node("web-alb", "us-east-1b", false)), List.of());
        var layer = projection().layer(30, snapshot, TrafficProjection.Coloring.BY_CLIENT);
        var a1 = layer.targets().get(ElementId.of("web-a1"));
        assertThat(a1.label()).isEqualTo("healthy");
        assertThat(a1.fill()).isEqualTo(1.0);
        assertThat(layer.targets().get(ElementId.of("web-a2")).label()).isEqualTo("draining 42 s");
        assertThat(layer.targets().get(ElementId.of("web-b1")).label()).isEqualTo("stopped");
        assertThat(layer.lostZones()).containsExactly(ElementId.of("us-east-1b"));
    }
}
