package com.balancerstudio.render;

import java.util.List;

/**
 * What the diagram painter draws on: a small set of vector operations that a JavaFX canvas, an SVG document and an
 * AWT image all implement, so the screen and the exports come from one painter. Coordinates are design units,
 * mapped by the current transform; text is placed on its baseline.
 */
public interface Surface {
    /** Saves the transform, clip and styles; {@link #restore} brings them back. */
    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    /**
     * Screen pixels per design unit under the current transform, so that detail too small to see can be left out.
     * Surfaces whose result may be enlarged later (images, SVG) answer 1: everything is drawn.
     */
    default double pixelsPerUnit() {
        return 1;
    }

    /** Intersects the clip with a rectangle. */
    void clip(double x, double y, double width, double height);

    void fillRect(double x, double y, double width, double height, Rgba fill);

    void strokeRect(double x, double y, double width, double height, Stroke stroke);

    void fillRoundRect(double x, double y, double width, double height, double radius, Rgba fill);

    void strokeRoundRect(double x, double y, double width, double height, double radius, Stroke stroke);

    void fillOval(double x, double y, double width, double height, Rgba fill);

    void strokeOval(double x, double y, double width, double height, Stroke stroke);

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** An open polyline through the points (x0, y0, x1, y1, ...). */
    void polyline(double[] points, Stroke stroke);

    /** A closed, filled polygon through the points (x0, y0, x1, y1, ...). */
    void fillPolygon(double[] points, Rgba fill);

    /**
     * Many open polylines in one style, as one drawing: a screen surface draws them as a single path, which costs
     * far less than one path each when there are thousands (the connectors of a large design).
     */
    default void polylines(List<double[]> polylines, Stroke stroke) {
        polylines.forEach(points -> polyline(points, stroke));
    }

    /** Many filled polygons in one colour, as one drawing (see {@link #polylines}). */
    default void fillPolygons(List<double[]> polygons, Rgba fill) {
        polygons.forEach(points -> fillPolygon(points, fill));
    }

    void text(String text, double x, double y, TextStyle style, Rgba fill);

    /** The width the text would take in the given style, for layout and elision. */
    double textWidth(String text, TextStyle style);

    /** A line style: colour, width and dash pattern (empty for solid). */
    record Stroke(Rgba color, double width, List<Double> dashes) {
        public Stroke {
            dashes = List.copyOf(dashes);
        }

        public static Stroke solid(Rgba color, double width) {
            return new Stroke(color, width, List.of());
        }

        public static Stroke dashed(Rgba color, double width, double dash, double gap) {
            return new Stroke(color, width, List.of(dash, gap));
        }
    }
}
