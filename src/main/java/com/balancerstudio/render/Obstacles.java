package com.balancerstudio.render;

import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What connectors should keep away from: the areas they must not run through (resource icons and their labels) and
 * the container borders they should not run along (a line on a border cannot be told from it). Both are bucketed in a
 * coarse grid so that checking a route stays cheap on designs of thousands of elements.
 */
final class Obstacles {
    private static final double CELL = 160;
    /** How close to a border a parallel segment counts as running along it. */
    private static final double NEAR = 4;
    private final Map<Long, List<Rect>> cells = new HashMap<>();
    /** Border lines as (position across, start, end), bucketed by their position in bands {@link #NEAR} wide. */
    private final Map<Long, List<double[]>> horizontalBorders = new HashMap<>();
    private final Map<Long, List<double[]>> verticalBorders = new HashMap<>();

    void add(Rect area) {
        addTo(cells, area);
    }

    /** Records the four sides of a container as lines connectors should not run along. */
    void addBorders(Rect container) {
        addLine(horizontalBorders, container.y(), container.x(), container.maxX());
        addLine(horizontalBorders, container.maxY(), container.x(), container.maxX());
        addLine(verticalBorders, container.x(), container.y(), container.maxY());
        addLine(verticalBorders, container.maxX(), container.y(), container.maxY());
    }

    private static void addLine(Map<Long, List<double[]>> lines, double at, double start, double end) {
        lines.computeIfAbsent(band(at), k -> new ArrayList<>(2)).add(new double[] {at, start, end});
    }

    private static void addTo(Map<Long, List<Rect>> grid, Rect area) {
        for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(area);
            }
        }
    }

    /** How many segments of the polyline run along a container border for more than a few units. */
    int alongBorders(double[] route) {
        int count = 0;
        for (int i = 0; i + 3 < route.length; i += 2) {
            boolean horizontal = route[i + 1] == route[i + 3];
            var lines = horizontal ? horizontalBorders : verticalBorders;
            double at = horizontal ? route[i + 1] : route[i];
            double low = horizontal ? Math.min(route[i], route[i + 2]) : Math.min(route[i + 1], route[i + 3]);
            double high = horizontal ? Math.max(route[i], route[i + 2]) : Math.max(route[i + 1], route[i + 3]);
            if (runsAlong(lines, at, low, high)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a border line lies within {@link #NEAR} of {@code at} and shares more than a little of [low, high]. */
    private static boolean runsAlong(Map<Long, List<double[]>> lines, double at, double low, double high) {
        long band = band(at);
        for (long b = band - 1; b <= band + 1; b++) {
            var bucket = lines.get(b);
            if (bucket == null) {
                continue;
            }
            for (var line : bucket) {
                if (Math.abs(line[0] - at) < NEAR && Math.min(line[2], high) - Math.max(line[1], low) > 2 * NEAR) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long band(double at) {
        return (long) Math.floor(at / NEAR);
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
