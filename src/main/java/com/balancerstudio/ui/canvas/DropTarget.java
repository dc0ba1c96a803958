package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.Placement;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import java.util.Collection;
import java.util.Set;

/**
 * The container that moved or dropped elements would go into at a point: the innermost element under the point that
 * may hold all of their kinds (so a load balancer dragged over a subnet lands in the VPC around it), or the top level;
 * when nothing there may hold them, the reason why.
 */
record DropTarget(ElementId container, String refusal) {

    boolean allowed() {
        return refusal == null;
    }

    static DropTarget at(HitIndex hits, Point point, Collection<Class<? extends Element>> kinds, Set<ElementId> moving) {
        var design = hits.design();
        var deepest = hits.topmost(point, e -> !insideAny(design, e, moving));
        for (var e = design.get(deepest); ; e = design.get(e.parent())) {
            final Element candidate = e;
            if (kinds.stream().allMatch(kind -> Placement.mayLiveIn(kind, candidate))) {
                return new DropTarget(candidate == null ? null : candidate.id(), null);
            }
            if (e == null) {
                break;
            }
        }
        var first = design.get(deepest);
        for (var kind : kinds) {
            var why = Placement.refusal(kind, first);
            if (why.isPresent()) {
                return new DropTarget(null, why.get());
            }
        }
        return new DropTarget(null, Placement.refusal(kinds.iterator().next(), null).orElse("Cannot be placed here"));
    }

    private static boolean insideAny(Design design, Element element, Set<ElementId> ids) {
        for (var e = element; e != null; e = design.get(e.parent())) {
            if (ids.contains(e.id())) {
                return true;
            }
        }
        return false;
    }
}
