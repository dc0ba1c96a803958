package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.ElementKinds;
import com.balancerstudio.model.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where elements may be put: whether a kind may live in a container, the sentence that says why not, and the one edit
 * that moves elements by an offset into a container (reparenting those that come from elsewhere) and grows the
 * containers around them to fit.
 */
public final class Placement {
    private Placement() {
    }

    /** Whether an element of the kind may be placed in the container (null: the top level of the design). */
    public static boolean mayLiveIn(Class<? extends Element> kind, Element container) {
        return container == null ? ElementKinds.isTopLevel(kind) : ElementKinds.mayLiveIn(kind, container.getClass());
    }

    /** Why the kind cannot be placed in the container, or empty when it can. */
    public static Optional<String> refusal(Class<? extends Element> kind, Element container) {
        if (mayLiveIn(kind, container)) {
            return Optional.empty();
        }
        var hint = ElementKinds.placementHint(kind);
        var label = ElementKinds.label(kind);
        var article = "AEIOU".indexOf(Character.toUpperCase(label.charAt(0))) >= 0 ? "An " : "A ";
        return Optional.of(article + hint.substring(hint.indexOf(label)));
    }

    /**
     * Moves the elements by (dx, dy) on the drawing into {@code target} (null: the top level), keeping those already
     * there in it and reparenting the others, then grows containers to fit; one edit. Refuses, changing nothing, when
     * a kind may not live in the target or an element would go inside itself.
     */
    public static Edit moveInto(Design design, Collection<ElementId> ids, double dx, double dy, ElementId target) {
        var container = design.get(target);
        if (target != null && container == null) {
            throw new EditRefusedException("no element '" + target + "'");
        }
        var edits = new ArrayList<Edit>();
        boolean reparented = false;
        for (var id : ids) {
            var element = design.get(id);
            if (element == null) {
                throw new EditRefusedException("no element '" + id + "'");
            }
            if (java.util.Objects.equals(element.parent(), target)) {
                edits.add(new ReplaceElement(element, element.withPlacement(target, element.bounds().translate(dx, dy)),
                        "Move"));
                continue;
            }
            var why = refusal(element.getClass(), container);
            if (why.isPresent()) {
                throw new EditRefusedException(why.get());
            }
            if (isInside(design, target, id)) {
                throw new EditRefusedException("'" + element.name() + "' cannot be put inside itself");
            }
            var absolute = design.absoluteBounds(id).translate(dx, dy);
            var origin = target == null ? new Rect(0, 0, 0, 0) : design.absoluteBounds(target);
            edits.add(Edits.reparent(design, id, target, absolute.translate(-origin.x(), -origin.y())));
            reparented = true;
        }
        var moved = new CompoundEdit("Move", edits);
        var grow = GrowToFit.around(moved.apply(design), ids);
        return new CompoundEdit(label(design, ids, reparented ? container : null), List.of(moved, grow));
    }

    /** Moves the elements by (dx, dy), each staying in its own container, and grows containers to fit; one edit. */
    public static Edit moveWithin(Design design, Collection<ElementId> ids, double dx, double dy) {
        var move = Edits.move(design, ids, dx, dy);
        var grow = GrowToFit.around(move.apply(design), ids);
        return new CompoundEdit(move.label(), List.of(move, grow));
    }

    private static boolean isInside(Design design, ElementId candidate, ElementId ancestor) {
        for (var e = design.get(candidate); e != null; e = design.get(e.parent())) {
            if (e.id().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static String label(Design design, Collection<ElementId> ids, Element into) {
        var what = ids.size() == 1 ? "'" + design.get(ids.iterator().next()).name() + "'" : ids.size() + " elements";
        if (into == null) {
            return "Move " + what;
        }
        return "Move " + what + " into " + into.kindLabel().toLowerCase(Locale.ROOT) + " '" + into.name() + "'";
    }
}
