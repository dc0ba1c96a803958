package com.balancerstudio.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads connectors that share a stretch of the same line a few units apart, so that each stays visible and can be
 * followed: overlapping horizontal segments of different routes move up or down, then vertical ones left or right,
 * in the order that makes the fewest crossings among them. Routes leaving the same point (a target group fanning out
 * to its targets) or arriving at the same point stay together as one trunk, the way diagrams draw a bus. Routes are
 * changed in place; they stay orthogonal because both ends of a moved segment move together.
 */
final class ParallelSegments {
    private static final double GAP = 6;
    /** The widest spread, so that a moved end segment still meets its box (icons are at least 48 units wide). */
    private static final double MAX_SPREAD = 36;
    /** Beyond this many routes on one stretch the order is left as found (every order would be tried). */
    private static final int MAX_ORDERED = 6;

    private ParallelSegments() {
    }

    /** One segment: route {@code route}, points {@code index} and {@code index + 1}, at {@code at} over [low, high]. */
    private record Segment(int route, int index, double at, double low, double high) {
    }

    static void spread(List<double[]> routes) {
        spread(routes, true);
        spread(routes, false);
    }

    private static void spread(List<double[]> routes, boolean horizontal) {
        var segments = segments(routes, horizontal);
        segments.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::low));
        int start = 0;
        while (start < segments.size()) {
            int end = start + 1;
            double reach = segments.get(start).high();
            while (end < segments.size() && segments.get(end).at() == segments.get(start).at()
                    && segments.get(end).low() < reach - 1) {
                reach = Math.max(reach, segments.get(end).high());
                end++;
            }
            var stretch = distinctRoutes(segments.subList(start, end));
            if (stretch.size() > 1) {
                separate(routes, stretch, horizontal);
            }
            start = end;
        }
    }

    private static List<Segment> segments(List<double[]> routes, boolean horizontal) {
        var result = new ArrayList<Segment>();
        for (int r = 0; r < routes.size(); r++) {
            var route = routes.get(r);
            for (int i = 0; i + 3 < route.length; i += 2) {
                double a = horizontal ? route[i] : route[i + 1];
                double b = horizontal ? route[i + 2] : route[i + 3];
                double at = horizontal ? route[i + 1] : route[i];
                double other = horizontal ? route[i + 3] : route[i + 2];
                if (at == other && a != b) {
                    result.add(new Segment(r, i / 2, at, Math.min(a, b), Math.max(a, b)));
                }
            }
        }
        return result;
    }

    /** The first segment of each route on the stretch (a route seldom runs twice along the same line). */
    private static List<Segment> distinctRoutes(List<Segment> stretch) {
        var result = new ArrayList<Segment>();
        for (var segment : stretch) {
            if (result.stream().noneMatch(s -> s.route() == segment.route())) {
                result.add(segment);
            }
        }
        return result;
    }

    private static void separate(List<double[]> routes, List<Segment> stretch, boolean horizontal) {
        var lanes = lanes(routes, stretch);
        int n = lanes.size();
        if (n < 2) {
            return;
        }
        double gap = Math.min(GAP, MAX_SPREAD / (n - 1));
        List<List<Segment>> order = lanes;
        if (n <= MAX_ORDERED) {
            int bestCrossings = Integer.MAX_VALUE;
            for (var permutation : permutations(lanes)) {
                int crossings = crossingsAfter(routes, permutation, gap, horizontal);
                if (crossings < bestCrossings) {
                    bestCrossings = crossings;
                    order = permutation;
                }
            }
        }
        var moved = moved(routes, order, gap, horizontal);
        for (var entry : moved.entrySet()) {
            routes.set(entry.getKey(), entry.getValue());
        }
    }

    /** Groups the stretch's segments into lanes: routes that start at the same point, or end at the same point. */
    private static List<List<Segment>> lanes(List<double[]> routes, List<Segment> stretch) {
        var byKey = new java.util.LinkedHashMap<String, List<Segment>>();
        for (var segment : stretch) {
            var route = routes.get(segment.route());
            String start = "from " + route[0] + "," + route[1];
            String end = "to " + route[route.length - 2] + "," + route[route.length - 1];
            var lane = byKey.containsKey(start) ? byKey.get(start) : byKey.get(end);
            if (lane == null) {
                lane = new ArrayList<>();
            }
            lane.add(segment);
            byKey.putIfAbsent(start, lane);
            byKey.putIfAbsent(end, lane);
        }
        return byKey.values().stream().distinct().toList();
    }

    private static int crossingsAfter(List<double[]> routes, List<List<Segment>> order, double gap,
                                      boolean horizontal) {
        var moved = new ArrayList<>(moved(routes, order, gap, horizontal).values());
        int crossings = 0;
        for (int a = 0; a < moved.size(); a++) {
            for (int b = a + 1; b < moved.size(); b++) {
                crossings += Crossings.between(moved.get(a), moved.get(b));
            }
        }
        return crossings;
    }

    /** Copies of the routes on the stretch with each lane moved to its place in the order. */
    private static java.util.Map<Integer, double[]> moved(List<double[]> routes, List<List<Segment>> order, double gap,
                                                         boolean horizontal) {
        var result = new java.util.LinkedHashMap<Integer, double[]>();
        for (int k = 0; k < order.size(); k++) {
            for (var segment : order.get(k)) {
                var copy = routes.get(segment.route()).clone();
                shift(copy, segment.index(), offset(k, order.size(), gap), horizontal);
                result.put(segment.route(), copy);
            }
        }
        return result;
    }

    private static double offset(int k, int n, double gap) {
        return (k - (n - 1) / 2.0) * gap;
    }

    /** Moves both points of segment {@code index} across its direction. */
    private static void shift(double[] route, int index, double by, boolean horizontal) {
        int coordinate = horizontal ? 1 : 0;
        route[2 * index + coordinate] += by;
        route[2 * index + 2 + coordinate] += by;
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        var result = new ArrayList<List<T>>();
        permute(new ArrayList<>(items), 0, result);
        return result;
    }

    private static <T> void permute(List<T> items, int from, List<List<T>> result) {
        if (from == items.size()) {
            result.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            java.util.Collections.swap(items, from, i);
            permute(items, from + 1, result);
            java.util.Collections.swap(items, from, i);
        }
    }
}
