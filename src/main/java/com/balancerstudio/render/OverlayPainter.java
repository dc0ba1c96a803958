package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.rules.Severity;

/**
 * Draws what lies on top of the design: hover and selection outlines, resize handles on a single selected container,
 * finding badges at each element's top-right corner, the marquee, the drop preview and a connection being dragged.
 * Outlines and handles keep their size on screen whatever the zoom; badges belong to the diagram and scale with it.
 */
final class OverlayPainter {
    /** Diameter of a finding badge, in design units. */
    static final double BADGE = 16;
    private static final TextStyle BADGE_MARK = new TextStyle(11, true, TextStyle.Align.CENTER);
    private static final Rgba WHITE = Rgba.hex("#ffffff");

    private final Theme theme;

    OverlayPainter(Theme theme) {
        this.theme = theme;
    }

    void paint(Surface surface, Design design, Overlay overlay, double zoom) {
        if (overlay.hover() != null && design.contains(overlay.hover()) && !overlay.selection().contains(overlay.hover())) {
            outline(surface, design.absoluteBounds(overlay.hover()), theme.selection().withAlpha(0.5), zoom);
        }
        for (var id : overlay.selection()) {
            if (design.contains(id)) {
                outline(surface, design.absoluteBounds(id), theme.selection(), zoom);
            }
        }
        if (overlay.selection().size() == 1) {
            var only = design.get(overlay.selection().iterator().next());
            if (only != null && DiagramPainter.isContainer(only)) {
                for (var handle : Handles.of(design.absoluteBounds(only.id()), zoom)) {
                    surface.fillRect(handle.x(), handle.y(), handle.width(), handle.height(), WHITE);
                    surface.strokeRect(handle.x(), handle.y(), handle.width(), handle.height(),
                            Surface.Stroke.solid(theme.selection(), 1.5 / zoom));
                }
            }
        }
        overlay.badges().forEach((id, severity) -> {
            if (design.contains(id)) {
                badge(surface, design.absoluteBounds(id), severity);
            }
        });
        previews(surface, design, overlay, zoom);
    }

    private void outline(Surface surface, Rect r, Rgba color, double zoom) {
        double gap = 3 / zoom;
        surface.strokeRect(r.x() - gap, r.y() - gap, r.width() + 2 * gap, r.height() + 2 * gap,
                Surface.Stroke.solid(color, 2 / zoom));
    }

    private void badge(Surface surface, Rect r, Severity severity) {
        double cx = r.maxX();
        double cy = r.y();
        if (severity == Severity.WARNING) {
            surface.fillPolygon(new double[] {cx, cy - 9, cx + 9.5, cy + 7.5, cx - 9.5, cy + 7.5}, theme.warning());
            surface.text("!", cx, cy + 6, BADGE_MARK, WHITE);
            return;
        }
        var color = severity == Severity.ERROR ? theme.error() : theme.info();
        surface.fillOval(cx - BADGE / 2, cy - BADGE / 2, BADGE, BADGE, color);
        surface.strokeOval(cx - BADGE / 2, cy - BADGE / 2, BADGE, BADGE, Surface.Stroke.solid(theme.background(), 1.5));
        surface.text(severity == Severity.INFO ? "i" : "!", cx, cy + 4, BADGE_MARK, WHITE);
    }

    private void previews(Surface surface, Design design, Overlay overlay, double zoom) {
        if (overlay.marquee() != null) {
            var m = overlay.marquee();
            surface.fillRect(m.x(), m.y(), m.width(), m.height(), theme.selection().withAlpha(0.08));
            surface.strokeRect(m.x(), m.y(), m.width(), m.height(),
                    Surface.Stroke.dashed(theme.selection(), 1 / zoom, 4 / zoom, 3 / zoom));
        }
        if (overlay.dropPreview() != null) {
            var d = overlay.dropPreview();
            var color = overlay.dropAllowed() ? theme.selection() : theme.error();
            surface.fillRect(d.x(), d.y(), d.width(), d.height(), color.withAlpha(0.06));
            surface.strokeRect(d.x(), d.y(), d.width(), d.height(),
                    Surface.Stroke.dashed(color, 2 / zoom, 6 / zoom, 4 / zoom));
        }
        var connection = overlay.connection();
        if (connection != null && design.contains(connection.from())) {
            var from = design.absoluteBounds(connection.from());
            var color = connection.allowed() ? theme.selection() : theme.error();
            surface.line(from.x() + from.width() / 2, from.y() + from.height() / 2, connection.toX(), connection.toY(),
                    Surface.Stroke.dashed(color, 2 / zoom, 6 / zoom, 4 / zoom));
            surface.fillOval(connection.toX() - 4 / zoom, connection.toY() - 4 / zoom, 8 / zoom, 8 / zoom, color);
        }
    }
}
