package com.balancerstudio.render;

/**
 * The application's icon: a load balancer fanning traffic out to three targets, in AWS orange on the dark "squid ink"
 * of AWS consoles, drawn with the surface primitives so that every size is sharp.
 */
public final class AppIcon {
    private static final Rgba INK = Rgba.hex("#232f3e");
    private static final Rgba ORANGE = Rgba.hex("#ff9900");
    private static final Rgba WHITE = Rgba.hex("#ffffff");

    private AppIcon() {
    }

    public static void paint(Surface surface, double x, double y, double size) {
        var g = new Glyph(surface, x, y, size, ORANGE, INK);
        surface.fillRoundRect(x, y, size, size, size * 0.2, INK);
        var wide = Surface.Stroke.solid(WHITE, size * 0.045);
        double[] ends = {0.26, 0.5, 0.74};
        for (double end : ends) {
            surface.polyline(g.points(0.36, 0.5, 0.5, 0.5, 0.62, end, 0.7, end), wide);
        }
        surface.fillOval(g.x(0.12), g.y(0.38), g.d(0.24), g.d(0.24), ORANGE);
        for (double end : ends) {
            surface.fillRoundRect(g.x(0.7), g.y(end - 0.075), g.d(0.15), g.d(0.15), g.d(0.03), ORANGE);
        }
    }
}
