package com.balancerstudio.render;

import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas connectors should not run through (resource icons and their labels), bucketed in a coarse grid so that
 * counting what a route crosses stays cheap on designs of thousands of elements.
 */
final class Obstacles {
    private static final double CELL = 160;
    private final Map<Long, List<Rect>> cells = new HashMap<>();

    void add(Rect area) {
        for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(area);
            }
        }
    }

    /** How many obstacles the polyline crosses, not counting the two it connects; counting stops above {@code cap}. */
    int crossings(double[] route, Rect from, Rect to, int cap) {
        int count = 0;
        var seen = new ArrayList<Rect>();
        for (int i = 0; i + 3 < route.length; i += 2) {
            double minX = Math.min(route[i], route[i + 2]);
            double maxX = Math.max(route[i], route[i + 2]);
            double minY = Math.min(route[i + 1], route[i + 3]);
            double maxY = Math.max(route[i + 1], route[i + 3]);
            for (long cx = cell(minX); cx <= cell(maxX); cx++) {
                for (long cy = cell(minY); cy <= cell(maxY); cy++) {
                    var bucket = cells.get(key(cx, cy));
                    if (bucket == null) {
                        continue;
                    }
                    for (var r : bucket) {
                        if (r.x() < maxX && r.maxX() > minX && r.y() < maxY && r.maxY() > minY
                                && !r.intersects(from) && !r.intersects(to) && !seen.contains(r)) {
                            seen.add(r);
                            if (++count > cap) {
                                return count;
                            }
                        }
                    }
                }
            }
        }
        return count;
    }

    private static long cell(double value) {
        return (long) Math.floor(value / CELL);
    }

    private static long key(long cx, long cy) {
        return cx * 1_000_003L + cy;
    }
}
