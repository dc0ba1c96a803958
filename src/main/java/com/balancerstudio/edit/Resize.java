package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;

/** Gives an element new bounds while everything inside it keeps its place on the drawing. */
public final class Resize {
    /** The smallest width or height a resize leaves. */
    public static final double MINIMUM = 40;

    private Resize() {
    }

    /** Resizes to {@code newBounds} (relative to the element's container), then grows containers to fit, as one edit. */
    public static Edit to(Design design, ElementId id, Rect newBounds) {
        var element = design.get(id);
        if (element == null) {
            throw new EditRefusedException("no element '" + id + "'");
        }
        var bounds = new Rect(newBounds.x(), newBounds.y(), Math.max(MINIMUM, newBounds.width()),
                Math.max(MINIMUM, newBounds.height()));
        double dx = bounds.x() - element.bounds().x();
        double dy = bounds.y() - element.bounds().y();
        var edits = new ArrayList<Edit>();
        edits.add(new ReplaceElement(element, element.withPlacement(element.parent(), bounds), "Resize"));
        if (dx != 0 || dy != 0) {
            for (var child : design.children(id)) {
                edits.add(new ReplaceElement(child, child.withPlacement(child.parent(),
                        child.bounds().translate(-dx, -dy)), "Resize"));
            }
        }
        var resized = new CompoundEdit("Resize", edits);
        var grow = GrowToFit.around(resized.apply(design), java.util.List.of(id));
        return new CompoundEdit("Resize '" + element.name() + "'", java.util.List.of(resized, grow));
    }
}
