package com.balancerstudio.render;

import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The eight resize handles of a selected container, in design units for a zoom so that they keep the same size on
 * screen. The painter draws exactly these rectangles and the canvas hit-tests them, so what you grab is what you see.
 */
public final class Handles {
    /** Side of a handle on screen, in pixels. */
    public static final double SIZE = 8;

    private Handles() {
    }

    /** Where a handle sits on the bounds; {@link #moves} says which edges dragging it moves. */
    public enum Position {
        NORTH_WEST(0, 0), NORTH(0.5, 0), NORTH_EAST(1, 0), EAST(1, 0.5),
        SOUTH_EAST(1, 1), SOUTH(0.5, 1), SOUTH_WEST(0, 1), WEST(0, 0.5);

        private final double fx;
        private final double fy;

        Position(double fx, double fy) {
            this.fx = fx;
            this.fy = fy;
        }

        /** Whether dragging this handle moves the given edge. */
        public boolean moves(Edge edge) {
            return switch (edge) {
                case LEFT -> fx == 0;
                case RIGHT -> fx == 1;
                case TOP -> fy == 0;
                case BOTTOM -> fy == 1;
            };
        }
    }

    /** An edge of a rectangle. */
    public enum Edge { LEFT, RIGHT, TOP, BOTTOM }

    /** The handles of the bounds at the zoom, in {@link Position} order. */
    public static List<Rect> of(Rect absoluteBounds, double zoom) {
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be positive (got " + zoom + ")");
        }
        double side = SIZE / zoom;
        var handles = new ArrayList<Rect>(8);
        for (var position : Position.values()) {
            double cx = absoluteBounds.x() + position.fx * absoluteBounds.width();
            double cy = absoluteBounds.y() + position.fy * absoluteBounds.height();
            handles.add(new Rect(cx - side / 2, cy - side / 2, side, side));
        }
        return handles;
    }

    /** The handle under a design point, or null; a little slack around each handle makes it easier to grab. */
    public static Position at(Rect absoluteBounds, double zoom, Point point) {
        var handles = of(absoluteBounds, zoom);
        double slack = 2 / zoom;
        for (int i = 0; i < handles.size(); i++) {
            var h = handles.get(i);
            if (new Rect(h.x() - slack, h.y() - slack, h.width() + 2 * slack, h.height() + 2 * slack).contains(point)) {
                return Position.values()[i];
            }
        }
        return null;
    }
}
