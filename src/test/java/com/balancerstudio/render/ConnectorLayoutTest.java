package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connectors keep clear of icons in the way, off container borders, and apart from each other where they overlap. */
class ConnectorLayoutTest {
    @Test
    void aConnectorGoesAroundIconsStandingAboveAndBesideItsTarget() {
        var balancer = new Rect(400, 0, 64, 64);
        var group = new Rect(0, 400, 64, 64);
        var obstacles = new Obstacles();
        obstacles.add(new Rect(0, 250, 64, 94));
        obstacles.add(new Rect(150, 400, 64, 94));
        obstacles.add(balancer);
        obstacles.add(group);

        var route = OrthogonalRoutes.around(balancer, 30, group, 30, obstacles);

        assertThat(obstacles.crossings(route, balancer, group, Integer.MAX_VALUE)).isZero();
        assertThat(route[route.length - 2]).as("still ends on the target group").isBetween(0.0, 64.0);
    }

    @Test
    void aConnectorDoesNotRunAlongAContainerBorder() {
        var from = new Rect(0, 0, 64, 64);
        var to = new Rect(300, 0, 64, 64);
        var obstacles = new Obstacles();
        obstacles.addBorders(new Rect(-20, 32, 500, 200));
        assertThat(obstacles.alongBorders(Links.route(from, to))).as("the plain straight line lies on the border")
                .isEqualTo(1);

        var route = OrthogonalRoutes.around(from, 0, to, 0, obstacles);

        assertThat(obstacles.alongBorders(route)).isZero();
    }

    @Test
    void connectorsFromDifferentElementsSharingAStretchAreDrawnApart() {
        var routes = new ArrayList<>(List.of(
                new double[] {0, 0, 0, 100, 200, 100, 200, 200},
                new double[] {300, 0, 300, 100, 50, 100, 50, 200}));

        ParallelSegments.spread(routes);

        assertThat(Math.abs(routes.get(0)[3] - routes.get(1)[3])).isGreaterThanOrEqualTo(6);
        assertThat(routes.get(0)[3]).as("both ends of the moved segment moved").isEqualTo(routes.get(0)[5]);
    }

    @Test
    void connectorsFanningOutOfOneElementShareTheirTrunk() {
        var routes = new ArrayList<>(List.of(
                new double[] {100, 200, 100, 150, 0, 150, 0, 100},
                new double[] {100, 200, 100, 150, 300, 150, 300, 100},
                new double[] {100, 200, 100, 100}));

        ParallelSegments.spread(routes);

        assertThat(routes.get(0)).containsExactly(100, 200, 100, 150, 0, 150, 0, 100);
        assertThat(routes.get(1)).containsExactly(100, 200, 100, 150, 300, 150, 300, 100);
        assertThat(routes.get(2)).containsExactly(100, 200, 100, 100);
    }

    @Test
    void overlappingConnectorsAreStackedInTheOrderThatDoesNotCrossThem() {
        var fromAbove = new double[] {0, 0, 0, 100, 200, 100, 200, 0};
        var fromBelow = new double[] {50, 200, 50, 100, 150, 100, 150, 200};
        var routes = new ArrayList<>(List.of(fromAbove, fromBelow));

        ParallelSegments.spread(routes);

        assertThat(Crossings.between(routes.get(0), routes.get(1))).isZero();
        assertThat(routes.get(0)[3]).as("the one coming from above stays above").isLessThan(routes.get(1)[3]);
    }
}
