package com.balancerstudio.export.drawio;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.DiagramPainter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The elements the designer draws, containers before what they hold: those with an area, reached from the top of the
 * design through containers only. A load balancer's listeners and rules, and anything without a size, have no shape
 * on the canvas and get none in draw.io either.
 */
final class DrawnElements {
    private DrawnElements() {
    }

    static List<Element> of(Design design) {
        var drawn = new ArrayList<Element>();
        for (var root : design.children(null)) {
            collect(design, root, drawn);
        }
        return drawn;
    }

    static Set<ElementId> ids(List<Element> drawn) {
        var ids = new LinkedHashSet<ElementId>();
        drawn.forEach(element -> ids.add(element.id()));
        return ids;
    }

    private static void collect(Design design, Element element, List<Element> drawn) {
        var bounds = element.bounds();
        if (bounds.width() <= 0 || bounds.height() <= 0) {
            return;
        }
        drawn.add(element);
        if (DiagramPainter.isContainer(element)) {
            for (var child : design.children(element.id())) {
                collect(design, child, drawn);
            }
        }
    }
}
