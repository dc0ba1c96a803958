package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Rect;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LinksRouteTest {
    @Test
    void boxesSideBySideAreJoinedByOneStraightLine() {
        var route = Links.route(new Rect(0, 0, 64, 64), new Rect(200, 10, 64, 64));
        assertThat(route).containsExactly(64, 37, 200, 37);
    }

    @Test
    void aBoxBelowIsEnteredFromItsTopBelowTheLabels() {
        var route = Links.route(new Rect(0, 0, 64, 64), 30, new Rect(100, 300, 64, 64), 30);
        assertThat(route[1]).isEqualTo(94);
        assertThat(route[route.length - 1]).isEqualTo(300);
    }

    @Property
    void routesBetweenSeparateBoxesAreOrthogonalAndNeverRunThroughTheirEnds(@ForAll @DoubleRange(min = -400, max = 400) double dx,
                                                        @ForAll @DoubleRange(min = -400, max = 400) double dy) {
        var from = new Rect(0, 0, 64, 64);
        var to = new Rect(dx, dy, 64, 64);
        Assume.that(!new Rect(0, 0, 64, 84).intersects(new Rect(dx, dy, 64, 84)));
        var route = Links.route(from, 20, to, 20);
        for (int i = 0; i + 3 < route.length; i += 2) {
            assertThat(route[i] == route[i + 2] || route[i + 1] == route[i + 3]).as("segment %d is orthogonal", i).isTrue();
            assertThat(crossesInside(route, i, from)).as("segment %d enters its start box", i).isFalse();
            assertThat(crossesInside(route, i, to)).as("segment %d enters its end box", i).isFalse();
        }
    }

    /** Whether the segment passes through the box's interior (touching the border is how it attaches). */
    private static boolean crossesInside(double[] route, int i, Rect box) {
        double minX = Math.min(route[i], route[i + 2]);
        double maxX = Math.max(route[i], route[i + 2]);
        double minY = Math.min(route[i + 1], route[i + 3]);
        double maxY = Math.max(route[i + 1], route[i + 3]);
        double e = 1e-9;
        return minX < box.maxX() - e && maxX > box.x() + e && minY < box.maxY() - e && maxY > box.y() + e;
    }
}
