package com.balancerstudio.render;

/**
 * A way a request particle travels: connector routes joined end to start (the join crosses the element between them),
 * with its length measured so a particle can be placed at any fraction of it.
 */
final class TrafficPath {
    private final double[] points;
    private final double[] lengthTo;

    private TrafficPath(double[] points) {
        this.points = points;
        this.lengthTo = new double[points.length / 2];
        for (int i = 1; i < lengthTo.length; i++) {
            lengthTo[i] = lengthTo[i - 1] + Math.hypot(points[2 * i] - points[2 * i - 2],
                    points[2 * i + 1] - points[2 * i - 1]);
        }
    }

    /** The routes one after the other, or null when there is none. */
    static TrafficPath join(double[]... routes) {
        int size = 0;
        for (var route : routes) {
            size += route.length;
        }
        if (size < 2) {
            return null;
        }
        var points = new double[size];
        int at = 0;
        for (var route : routes) {
            System.arraycopy(route, 0, points, at, route.length);
            at += route.length;
        }
        return new TrafficPath(points);
    }

    double endX() {
        return points[points.length - 2];
    }

    double endY() {
        return points[points.length - 1];
    }

    /** Writes the point at {@code fraction} (0 start, 1 end) of the way into {@code into[offset]}, {@code into[offset+1]}. */
    void pointAt(double fraction, double[] into, int offset) {
        double total = lengthTo[lengthTo.length - 1];
        double wanted = Math.max(0, Math.min(1, fraction)) * total;
        int i = 1;
        while (i < lengthTo.length - 1 && lengthTo[i] < wanted) {
            i++;
        }
        if (lengthTo.length == 1) {
            into[offset] = points[0];
            into[offset + 1] = points[1];
            return;
        }
        double segment = lengthTo[i] - lengthTo[i - 1];
        double t = segment <= 0 ? 1 : (wanted - lengthTo[i - 1]) / segment;
        into[offset] = points[2 * i - 2] + (points[2 * i] - points[2 * i - 2]) * t;
        into[offset + 1] = points[2 * i - 1] + (points[2 * i + 1] - points[2 * i - 1]) * t;
    }
}
