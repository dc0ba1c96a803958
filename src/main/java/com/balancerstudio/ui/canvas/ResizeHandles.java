package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.Connections;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Surface;
import com.balancerstudio.render.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * The eight resize handles of a selected container, in design coordinates, drawn the same size on screen at any zoom:
 * north-west, north, north-east, east, south-east, south, south-west, west (the order of {@link Side}).
 */
final class ResizeHandles {
    /** Handle size in screen pixels. */
    static final double SIZE = 8;

    /** Which sides of the bounds a handle moves. */
    enum Side {
        NW(true, true, false, false), N(false, true, false, false), NE(false, true, true, false),
        E(false, false, true, false), SE(false, false, true, true), S(false, false, false, true),
        SW(true, false, false, true), W(true, false, false, false);

        final boolean left;
        final boolean top;
        final boolean right;
        final boolean bottom;

        Side(boolean left, boolean top, boolean right, boolean bottom) {
            this.left = left;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
        }

        /** The bounds after dragging this handle by (dx, dy). */
        Rect drag(Rect b, double dx, double dy) {
            double x1 = b.x() + (left ? dx : 0);
            double y1 = b.y() + (top ? dy : 0);
            double x2 = b.maxX() + (right ? dx : 0);
            double y2 = b.maxY() + (bottom ? dy : 0);
            return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
    }

    private ResizeHandles() {
    }

    static List<Rect> of(Rect b, double zoom) {
        double s = SIZE / zoom;
        double[] xs = {b.x(), b.x() + b.width() / 2, b.maxX(), b.maxX(), b.maxX(), b.x() + b.width() / 2, b.x(), b.x()};
        double[] ys = {b.y(), b.y(), b.y(), b.y() + b.height() / 2, b.maxY(), b.maxY(), b.maxY(), b.y() + b.height() / 2};
        var handles = new ArrayList<Rect>(8);
        for (int i = 0; i < 8; i++) {
            handles.add(new Rect(xs[i] - s / 2, ys[i] - s / 2, s, s));
        }
        return handles;
    }

    /** The handle under the point, or null. */
    static Side at(Rect bounds, double zoom, Point p) {
        var handles = of(bounds, zoom);
        double slack = 2 / zoom;
        for (int i = 0; i < handles.size(); i++) {
            var h = handles.get(i);
            if (new Rect(h.x() - slack, h.y() - slack, h.width() + 2 * slack, h.height() + 2 * slack).contains(p)) {
                return Side.values()[i];
            }
        }
        return null;
    }

    /** The connector handle: a small circle just outside the middle of the right edge. */
    static Rect connector(Rect b, double zoom) {
        double s = 12 / zoom;
        return new Rect(b.maxX() + 6 / zoom, b.y() + b.height() / 2 - s / 2, s, s);
    }

    /** Draws the resize handles of a selected container and the connector handle of an element links start from. */
    static void paint(Surface surface, Design design, ElementId id, Theme theme, double zoom) {
        var element = design.get(id);
        var bounds = design.absoluteBounds(id);
        if (DiagramPainter.isContainer(element)) {
            for (var handle : of(bounds, zoom)) {
                surface.fillRect(handle.x(), handle.y(), handle.width(), handle.height(), theme.background());
                surface.strokeRect(handle.x(), handle.y(), handle.width(), handle.height(),
                        Surface.Stroke.solid(theme.selection(), 1.5 / zoom));
            }
        }
        if (Connections.canStartFrom(element)) {
            var c = connector(bounds, zoom);
            surface.fillOval(c.x(), c.y(), c.width(), c.height(), theme.selection());
        }
    }
}
