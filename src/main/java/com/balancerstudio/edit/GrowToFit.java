package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;

/**
 * Grows containers so they hold what is inside them, with a margin and room for their title band, after a move, a
 * drop or a resize. A container grows towards the side its contents stick out of; growing left or up moves its
 * origin and shifts its contents back, so nothing moves on screen except the frame.
 */
public final class GrowToFit {
    /** Space kept between a container's frame and its contents. */
    public static final double MARGIN = 10;
    /** Space kept above the contents for the container's title (the painter's title band is 28 units). */
    public static final double TITLE_BAND = 32;

    private GrowToFit() {
    }

    /**
     * The edit that grows the given elements (when they are containers) and every container around them, deepest
     * first; an edit with no steps when all of them already fit.
     */
    public static Edit around(Design design, Collection<ElementId> ids) {
        var containers = new LinkedHashSet<ElementId>();
        for (var id : ids) {
            for (var e = design.get(id); e != null; e = design.get(e.parent())) {
                containers.add(e.id());
            }
        }
        var order = new ArrayList<>(containers);
        order.sort(Comparator.comparingInt((ElementId id) -> depth(design, id)).reversed());
        var edits = new ArrayList<Edit>();
        var working = design;
        for (var id : order) {
            for (var edit : fit(working, working.get(id))) {
                working = edit.apply(working);
                edits.add(edit);
            }
        }
        return new CompoundEdit("Grow to fit", edits);
    }

    private static java.util.List<Edit> fit(Design design, Element container) {
        var children = design.children(container.id()).stream()
                .filter(c -> c.bounds().width() > 0 && c.bounds().height() > 0).toList();
        if (children.isEmpty()) {
            return java.util.List.of();
        }
        Rect content = null;
        for (var child : children) {
            content = content == null ? child.bounds() : content.union(child.bounds());
        }
        var b = container.bounds();
        double shiftX = Math.max(0, MARGIN - content.x());
        double shiftY = Math.max(0, TITLE_BAND - content.y());
        double width = Math.max(b.width() + shiftX, content.maxX() + shiftX + MARGIN);
        double height = Math.max(b.height() + shiftY, content.maxY() + shiftY + MARGIN);
        if (shiftX == 0 && shiftY == 0 && width == b.width() && height == b.height()) {
            return java.util.List.of();
        }
        var edits = new ArrayList<Edit>();
        edits.add(new ReplaceElement(container, container.withPlacement(container.parent(),
                new Rect(b.x() - shiftX, b.y() - shiftY, width, height)), "Grow to fit"));
        if (shiftX > 0 || shiftY > 0) {
            for (var child : design.children(container.id())) {
                edits.add(new ReplaceElement(child, child.withPlacement(child.parent(),
                        child.bounds().translate(shiftX, shiftY)), "Grow to fit"));
            }
        }
        return edits;
    }

    private static int depth(Design design, ElementId id) {
        int depth = 0;
        for (var e = design.get(design.get(id).parent()); e != null; e = design.get(e.parent())) {
            depth++;
        }
        return depth;
    }
}
