package com.balancerstudio.bench;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Size;
import com.balancerstudio.render.DiagramPainter;
import java.util.HashMap;
import java.util.Map;

/**
 * Lays a generated design out the way a person would draw it, so that repaint figures are measured on a realistic
 * picture: icons of 64 units with room for their labels, each container sized to hold its contents in rows.
 */
final class GridLayout {
    private static final double ICON = 64;
    private static final double GAP = 36;
    private static final double TITLE = 40;

    private final Design design;
    private final Map<ElementId, Rect> bounds = new HashMap<>();

    private GridLayout(Design design) {
        this.design = design;
    }

    static Design of(Design design) {
        var layout = new GridLayout(design);
        layout.arrange(null);
        var placed = design.elements().stream().map(e -> {
            var rect = layout.bounds.get(e.id());
            return rect == null ? e : e.withPlacement(e.parent(), rect);
        }).toList();
        return Design.of(design.name(), design.description(), placed);
    }

    /** Places the children of the container (null: the top level) and returns the size they need. */
    private Size arrange(ElementId container) {
        var children = design.children(container);
        var sizes = new HashMap<ElementId, Size>();
        double area = 0;
        for (Element child : children) {
            var size = DiagramPainter.isContainer(child) ? arrange(child.id()) : new Size(ICON, ICON);
            sizes.put(child.id(), size);
            area += (size.width() + GAP) * (size.height() + GAP);
        }
        double rowLimit = Math.max(ICON * 4, Math.sqrt(area) * 1.6);
        double x = GAP / 2;
        double y = container == null ? 0 : TITLE;
        double rowHeight = 0;
        double width = 0;
        for (Element child : children) {
            var size = sizes.get(child.id());
            if (x > GAP && x + size.width() > rowLimit) {
                x = GAP / 2;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            bounds.put(child.id(), new Rect(x, y, size.width(), size.height()));
            x += size.width() + GAP;
            width = Math.max(width, x);
            rowHeight = Math.max(rowHeight, size.height());
        }
        return new Size(Math.max(width, ICON * 3), y + rowHeight + GAP);
    }
}
