package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/** The ids of some elements together with everything they contain, at any depth. */
public final class Subtrees {
    private Subtrees() {
    }

    public static Set<ElementId> of(Design design, Set<ElementId> roots) {
        var result = new HashSet<ElementId>();
        var pending = new ArrayDeque<ElementId>();
        roots.stream().filter(design::contains).forEach(pending::add);
        while (!pending.isEmpty()) {
            var id = pending.pop();
            if (result.add(id)) {
                design.children(id).forEach(child -> pending.push(child.id()));
            }
        }
        return result;
    }
}
