package com.balancerstudio.render;

/** Drawing helpers for one icon glyph: coordinates are fractions of the icon square, mapped to the surface. */
final class Glyph {
    final Surface surface;
    final Rgba ink;
    final Rgba background;
    private final double left;
    private final double top;
    private final double size;

    Glyph(Surface surface, double left, double top, double size, Rgba ink, Rgba background) {
        this.surface = surface;
        this.left = left;
        this.top = top;
        this.size = size;
        this.ink = ink;
        this.background = background;
    }

    double x(double fraction) {
        return left + fraction * size;
    }

    double y(double fraction) {
        return top + fraction * size;
    }

    double d(double fraction) {
        return fraction * size;
    }

    Surface.Stroke stroke() {
        return Surface.Stroke.solid(ink, Math.max(1, size * 0.05));
    }

    /** Surface points from fraction pairs (x0, y0, x1, y1, ...). */
    double[] points(double... fractions) {
        var points = new double[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            points[i] = i % 2 == 0 ? x(fractions[i]) : y(fractions[i]);
        }
        return points;
    }

    void line(double x1, double y1, double x2, double y2) {
        surface.line(x(x1), y(y1), x(x2), y(y2), stroke());
    }

    void box(double x, double y, double width, double height) {
        surface.strokeRect(x(x), y(y), d(width), d(height), stroke());
    }

    void ring(double cx, double cy, double radius) {
        surface.strokeOval(x(cx - radius), y(cy - radius), d(2 * radius), d(2 * radius), stroke());
    }

    void dot(double cx, double cy, double radius) {
        surface.fillOval(x(cx - radius), y(cy - radius), d(2 * radius), d(2 * radius), ink);
    }

    /** A line with a filled head at its end. */
    void arrow(double x1, double y1, double x2, double y2) {
        double dx = Math.signum(x2 - x1);
        double dy = Math.signum(y2 - y1);
        double head = 0.08;
        line(x1, y1, x2 - dx * head * 0.6, y2 - dy * head * 0.6);
        surface.fillPolygon(points(x2, y2, x2 - dx * head - dy * head * 0.7, y2 - dy * head - dx * head * 0.7,
                x2 - dx * head + dy * head * 0.7, y2 - dy * head + dx * head * 0.7), ink);
    }

    void label(String text, double cx, double baseline, double height) {
        surface.text(text, x(cx), y(baseline), new TextStyle(d(height), true, TextStyle.Align.CENTER), ink);
    }
}
