package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds what is drawn at a point of a design from the model's absolute bounds, through a grid of cells so that large
 * designs answer as fast as small ones. Deeper elements are drawn over their containers, later siblings over earlier.
 */
final class HitIndex {
    private static final double CELL = 200;
    private final Design design;
    private final Map<Long, List<Entry>> cells = new HashMap<>();

    private record Entry(Element element, Rect bounds, int depth, int order) {
    }

    HitIndex(Design design) {
        this.design = design;
        for (var top : design.children(null)) {
            index(top, 0, 0, 0);
        }
    }

    Design design() {
        return design;
    }

    private void index(Element element, double originX, double originY, int depth) {
        var b = element.bounds();
        if (b.width() <= 0 || b.height() <= 0) {
            return;
        }
        var absolute = b.translate(originX, originY);
        var entry = new Entry(element, absolute, depth, design.indexOf(element.id()));
        for (long cx = cell(absolute.x()); cx <= cell(absolute.maxX()); cx++) {
            for (long cy = cell(absolute.y()); cy <= cell(absolute.maxY()); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(entry);
            }
        }
        for (var child : design.children(element.id())) {
            index(child, absolute.x(), absolute.y(), depth + 1);
        }
    }

    /** The topmost element at the point, or null. */
    ElementId at(Point p) {
        return topmost(p, e -> true);
    }

    /** The topmost element at the point that passes the filter, or null. */
    ElementId topmost(Point p, Predicate<Element> filter) {
        Entry best = null;
        for (var entry : cells.getOrDefault(key(cell(p.x()), cell(p.y())), List.of())) {
            if (entry.bounds().contains(p) && filter.test(entry.element())
                    && (best == null || entry.depth() > best.depth()
                    || entry.depth() == best.depth() && entry.order() > best.order())) {
                best = entry;
            }
        }
        return best == null ? null : best.element().id();
    }

    /** The elements whose bounds lie wholly inside the rectangle. */
    List<ElementId> inside(Rect area) {
        var found = new java.util.LinkedHashSet<ElementId>();
        for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                for (var entry : cells.getOrDefault(key(cx, cy), List.of())) {
                    var b = entry.bounds();
                    if (b.x() >= area.x() && b.y() >= area.y() && b.maxX() <= area.maxX() && b.maxY() <= area.maxY()) {
                        found.add(entry.element().id());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static long cell(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
