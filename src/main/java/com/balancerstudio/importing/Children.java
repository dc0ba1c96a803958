package com.balancerstudio.importing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import java.util.ArrayList;
import java.util.List;

/** The children of a container picked by kind, in an order of kinds and then in design order. */
final class Children {
    private Children() {
    }

    /** The children of the given kinds, all of the first kind first, then of the second..., each in design order. */
    @SafeVarargs
    static List<Element> ofKinds(Design design, ElementId container, Class<? extends Element>... kinds) {
        var picked = new ArrayList<Element>();
        for (var kind : kinds) {
            design.children(container).stream().filter(kind::isInstance).forEach(picked::add);
        }
        return picked;
    }

    /**
     * The children of none of the given kinds, in design order: a kind of element the layout does not name yet still
     * gets a place in its container's row of resources rather than being left at the origin.
     */
    @SafeVarargs
    static List<Element> notOfKinds(Design design, ElementId container, Class<? extends Element>... kinds) {
        return design.children(container).stream()
                .filter(child -> java.util.Arrays.stream(kinds).noneMatch(kind -> kind.isInstance(child)))
                .toList();
    }
}
