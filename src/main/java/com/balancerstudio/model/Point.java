package com.balancerstudio.model;

/** A position on the design plane, in design units (one unit is one pixel at 100% zoom). */
public record Point(double x, double y) {
    public static final Point ORIGIN = new Point(0, 0);

    public Point plus(Point offset) {
        return new Point(x + offset.x, y + offset.y);
    }
}
