package com.balancerstudio.model;

/** An axis-aligned rectangle; element bounds are stored relative to the containing element. */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position must be a finite number");
        }
        if (!(width >= 0) || !(height >= 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("width and height must be finite and not negative");
        }
    }

    public static Rect of(Point origin, Size size) {
        return new Rect(origin.x(), origin.y(), size.width(), size.height());
    }

    public Point origin() {
        return new Point(x, y);
    }

    public Size size() {
        return new Size(width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    public boolean intersects(Rect other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }
}
