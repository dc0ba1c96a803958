package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.sim.TargetHealth;

/**
 * Draws a simulation's traffic layer: particles on the connectors (under the icons, so a request disappears into the
 * element it reaches), then over the diagram the lost zones, each target's health ring, status and load bar, notes on
 * other elements and the bursts of failed requests.
 */
final class TrafficPainter {
    /** Particle diameter in design units: visible at 50% zoom, small enough for thousands on a connector. */
    static final double PARTICLE = 9;
    private static final TextStyle PILL = new TextStyle(8.5, true, TextStyle.Align.CENTER);
    private static final TextStyle ZONE = new TextStyle(12, true, TextStyle.Align.END);
    private static final Rgba WHITE = Rgba.hex("#ffffff");
    private static final Rgba HEALTHY = Rgba.hex("#1e8e3e");
    private static final Rgba IDLE = Rgba.hex("#7d8998");

    private final Theme theme;

    TrafficPainter(Theme theme) {
        this.theme = theme;
    }

    void particles(Surface surface, TrafficLayer layer, Rect visible) {
        double r = PARTICLE / 2;
        for (int i = 0; i < layer.particleCount(); i++) {
            double x = layer.x(i);
            double y = layer.y(i);
            if (x + r >= visible.x() && x - r <= visible.maxX() && y + r >= visible.y() && y - r <= visible.maxY()) {
                surface.fillOval(x - r, y - r, PARTICLE, PARTICLE, layer.particleColors()[i]);
            }
        }
    }

    void states(Surface surface, Design design, TrafficLayer layer, Rect visible) {
        for (var zone : layer.lostZones()) {
            if (design.contains(zone)) {
                var b = design.absoluteBounds(zone);
                surface.fillRect(b.x(), b.y(), b.width(), b.height(), theme.error().withAlpha(0.10));
                surface.strokeRect(b.x(), b.y(), b.width(), b.height(), Surface.Stroke.dashed(theme.error(), 3, 10, 6));
                surface.text("zone lost", b.maxX() - 10, b.y() + 20, ZONE, theme.error());
            }
        }
        layer.targets().forEach((id, mark) -> {
            if (design.contains(id) && ResourcePainter.drawnArea(design.absoluteBounds(id)).intersects(visible)) {
                target(surface, ResourcePainter.icon(design.absoluteBounds(id)), mark);
            }
        });
        layer.notes().forEach((id, note) -> {
            if (design.contains(id)) {
                var icon = ResourcePainter.icon(design.absoluteBounds(id));
                pill(surface, note, icon.x() + icon.width() / 2, icon.y() - 7, theme.info());
            }
        });
        for (var burst : layer.bursts()) {
            burst(surface, burst);
        }
    }

    private void target(Surface surface, Rect icon, TrafficLayer.TargetMark mark) {
        var color = color(mark);
        var ring = mark.running() ? color : healthColor(mark.health());
        surface.strokeRoundRect(icon.x() - 4, icon.y() - 4, icon.width() + 8, icon.height() + 8, 8,
                Surface.Stroke.solid(ring, 3));
        double barX = icon.maxX() + 7;
        double barWidth = 7;
        surface.fillRect(barX, icon.y(), barWidth, icon.height(), theme.mutedText().withAlpha(0.25));
        double fill = mark.fill();
        var level = fill >= 1 ? theme.error() : fill >= 0.7 ? theme.warning() : HEALTHY;
        double height = icon.height() * fill;
        surface.fillRect(barX, icon.maxY() - height, barWidth, height, level);
        surface.strokeRect(barX, icon.y(), barWidth, icon.height(), Surface.Stroke.solid(theme.mutedText(), 0.75));
        pill(surface, mark.label(), icon.x() + icon.width() / 2, icon.y() - 7, color);
    }

    /** A rounded label centred on x with its middle at y. */
    private void pill(Surface surface, String text, double x, double y, Rgba color) {
        double width = surface.textWidth(text, PILL) + 10;
        surface.fillRoundRect(x - width / 2, y - 7, width, 14, 7, color);
        surface.text(text, x, y + 3.2, PILL, WHITE);
    }

    private void burst(Surface surface, TrafficLayer.Burst burst) {
        double fade = 1 - Math.min(1, burst.age());
        double ring = 6 + 14 * burst.age();
        var red = TrafficColors.FAILED;
        surface.strokeOval(burst.x() - ring, burst.y() - ring, 2 * ring, 2 * ring,
                Surface.Stroke.solid(red.withAlpha(0.8 * fade), 2));
        double arm = 5;
        var cross = Surface.Stroke.solid(red.withAlpha(fade), 2.5);
        surface.line(burst.x() - arm, burst.y() - arm, burst.x() + arm, burst.y() + arm, cross);
        surface.line(burst.x() - arm, burst.y() + arm, burst.x() + arm, burst.y() - arm, cross);
    }

    /** The pill's colour: red for a stopped instance, else its health's. */
    private Rgba color(TrafficLayer.TargetMark mark) {
        return mark.running() ? healthColor(mark.health()) : theme.error();
    }

    private Rgba healthColor(TargetHealth health) {
        if (health == TargetHealth.HEALTHY) {
            return HEALTHY;
        }
        if (health == TargetHealth.UNHEALTHY) {
            return theme.error();
        }
        if (health == TargetHealth.DRAINING) {
            return theme.warning();
        }
        return IDLE;
    }
}
