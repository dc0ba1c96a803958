package com.balancerstudio.render;

import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The wider choice of routes tried when the plain ones run into something: out of any side of one box and into any
 * side of the other, joined with one or two bends, never back through either box or the labels under it.
 */
final class SideRoutes {
    /** How far a route leaves a side straight before it may turn, so that it never hugs the box. */
    private static final double STUB = 14;

    private SideRoutes() {
    }

    static List<double[]> between(Rect from, Rect fromTall, Rect to, Rect toTall) {
        var result = new ArrayList<double[]>();
        for (var exit : sides(from, fromTall)) {
            for (var entry : sides(to, toTall)) {
                for (var middle : joins(exit[2], exit[3], entry[2], entry[3])) {
                    var points = new double[middle.length + 8];
                    System.arraycopy(exit, 0, points, 0, 4);
                    System.arraycopy(middle, 0, points, 4, middle.length);
                    points[middle.length + 4] = entry[2];
                    points[middle.length + 5] = entry[3];
                    points[middle.length + 6] = entry[0];
                    points[middle.length + 7] = entry[1];
                    var route = simplified(points);
                    if (route.length >= 4 && keepsClear(route, fromTall, toTall)) {
                        result.add(route);
                    }
                }
            }
        }
        return result;
    }

    /** Each side as (point on the side, point a stub away from it); the bottom one leaves below the labels. */
    private static List<double[]> sides(Rect box, Rect tall) {
        double cx = OrthogonalRoutes.centreX(box);
        double cy = OrthogonalRoutes.centreY(box);
        return List.of(
                new double[] {cx, box.y(), cx, box.y() - STUB},
                new double[] {cx, tall.maxY(), cx, tall.maxY() + STUB},
                new double[] {box.x(), cy, box.x() - STUB, cy},
                new double[] {box.maxX(), cy, box.maxX() + STUB, cy});
    }

    /** The inner points joining two stub ends: the two corners and the two midway doglegs. */
    private static List<double[]> joins(double x1, double y1, double x2, double y2) {
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        return List.of(
                new double[] {x2, y1},
                new double[] {x1, y2},
                new double[] {mx, y1, mx, y2},
                new double[] {x1, my, x2, my});
    }

    /** Drops repeated points and the middle of three points on one line (which also removes spikes). */
    private static double[] simplified(double[] points) {
        var kept = new double[points.length];
        int n = 0;
        for (int i = 0; i + 1 < points.length; i += 2) {
            double x = points[i];
            double y = points[i + 1];
            if (n > 0 && kept[n - 2] == x && kept[n - 1] == y) {
                continue;
            }
            while (n >= 4 && collinear(kept[n - 4], kept[n - 3], kept[n - 2], kept[n - 1], x, y)) {
                n -= 2;
            }
            kept[n++] = x;
            kept[n++] = y;
        }
        return java.util.Arrays.copyOf(kept, n);
    }

    private static boolean collinear(double ax, double ay, double bx, double by, double cx, double cy) {
        return (ax == bx && bx == cx) || (ay == by && by == cy);
    }

    /** Whether no segment runs through the inside of either box (touching a side where it starts or ends is fine). */
    private static boolean keepsClear(double[] route, Rect from, Rect to) {
        for (int i = 0; i + 3 < route.length; i += 2) {
            if (route[i] != route[i + 2] && route[i + 1] != route[i + 3]) {
                return false;
            }
            if (entersInside(route, i, from) || entersInside(route, i, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean entersInside(double[] route, int i, Rect box) {
        double minX = Math.min(route[i], route[i + 2]);
        double maxX = Math.max(route[i], route[i + 2]);
        double minY = Math.min(route[i + 1], route[i + 3]);
        double maxY = Math.max(route[i + 1], route[i + 3]);
        return minX < box.maxX() - 1 && maxX > box.x() + 1 && minY < box.maxY() - 1 && maxY > box.y() + 1;
    }
}
