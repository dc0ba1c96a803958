package com.balancerstudio.ui.palette;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Size;

/** Finds where a new element of a given size fits in a container without covering what is already there. */
public final class FreeSpot {
    /** Room left at the top of a container for its title, and around elements. */
    static final double MARGIN = 24;
    private static final double STEP = 16;

    private FreeSpot() {
    }

    /**
     * Bounds relative to the container (null: the top level) for a new element: the first spot, row by row, that
     * overlaps none of the container's children; inside a container the spot stays within it when it can.
     */
    public static Rect in(Design design, ElementId container, Size size) {
        var children = design.children(container);
        var host = design.get(container);
        double maxX = host == null ? Math.max(1600, right(design, container)) : host.bounds().width() - MARGIN;
        double maxY = host == null ? Double.MAX_VALUE / 4 : host.bounds().height() - MARGIN;
        for (double y = MARGIN + (host == null ? 0 : STEP); y + size.height() <= maxY || host == null; y += STEP) {
            for (double x = MARGIN; x + size.width() <= maxX; x += STEP) {
                var candidate = new Rect(x, y, size.width(), size.height());
                var padded = new Rect(x - 8, y - 8, size.width() + 16, size.height() + 16);
                if (children.stream().noneMatch(c -> c.bounds().intersects(padded))) {
                    return candidate;
                }
            }
            if (host == null && y > 100_000) {
                break;
            }
        }
        return new Rect(MARGIN, MARGIN + STEP, size.width(), size.height());
    }

    private static double right(Design design, ElementId container) {
        return design.children(container).stream().mapToDouble(c -> c.bounds().maxX()).max().orElse(0);
    }
}
