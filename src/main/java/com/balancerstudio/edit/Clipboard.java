package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.ElementKinds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copied elements with everything inside them, detached from the design they came from. Pasting makes copies with
 * fresh ids; links between copied elements point at the copies, links to elements left behind stay as they were.
 */
public final class Clipboard {
    private final List<Element> elements;
    private final List<ElementId> roots;

    private Clipboard(List<Element> elements, List<ElementId> roots) {
        this.elements = List.copyOf(elements);
        this.roots = List.copyOf(roots);
    }

    /** The result of a paste: the one edit, and the ids of the pasted top elements (to select them). */
    public record Pasted(Edit edit, List<ElementId> roots) {
    }

    /** Copies the elements (an element whose container is also copied comes along with it). */
    public static Clipboard copy(Design design, Collection<ElementId> ids) {
        var all = new LinkedHashSet<ElementId>();
        for (var id : ids) {
            if (design.contains(id)) {
                collect(design, id, all);
            }
        }
        var roots = new ArrayList<ElementId>();
        for (var id : all) {
            if (!all.contains(design.get(id).parent())) {
                roots.add(id);
            }
        }
        var ordered = new ArrayList<Element>();
        all.forEach(id -> ordered.add(design.get(id)));
        ordered.sort(Comparator.comparingInt(e -> depth(design, e)));
        return new Clipboard(ordered, roots);
    }

    private static void collect(Design design, ElementId id, Set<ElementId> into) {
        if (into.add(id)) {
            design.children(id).forEach(child -> collect(design, child.id(), into));
        }
    }

    private static int depth(Design design, Element element) {
        int depth = 0;
        for (var p = design.get(element.parent()); p != null; p = design.get(p.parent())) {
            depth++;
        }
        return depth;
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /**
     * Pastes copies, shifted by the offset, into {@code container} when every copied top element may live there,
     * otherwise into the containers they were copied from. Refuses when neither is possible.
     */
    public Pasted paste(Design design, ElementId container, double dx, double dy) {
        if (elements.isEmpty()) {
            throw new EditRefusedException("Nothing to paste");
        }
        var rootElements = elements.stream().filter(e -> roots.contains(e.id())).toList();
        boolean intoContainer = container != null && design.contains(container) && rootElements.stream()
                .allMatch(e -> ElementKinds.mayLiveIn(e.getClass(), design.get(container).getClass()));
        var mapping = freshIds(design);
        var edits = new ArrayList<Edit>();
        var pastedRoots = new ArrayList<ElementId>();
        int index = design.size();
        for (var element : elements) {
            var copy = new IdRemapping(mapping).apply(element);
            if (roots.contains(element.id())) {
                var parent = intoContainer ? container : element.parent();
                if (parent != null && !design.contains(parent)) {
                    throw new EditRefusedException("'" + design.name() + "' no longer has the container of '"
                            + element.name() + "': select a container to paste into");
                }
                copy = copy.withPlacement(parent, element.bounds().translate(dx, dy));
                pastedRoots.add(copy.id());
            }
            edits.add(new AddElement(copy, index++));
        }
        var label = rootElements.size() == 1 ? "Paste '" + rootElements.get(0).name() + "'"
                : "Paste " + rootElements.size() + " elements";
        return new Pasted(new CompoundEdit(label, edits), pastedRoots);
    }

    /** A new id for each copied element: its id's stem with the lowest free number ("web-a" -> "web-a-1"). */
    private Map<ElementId, ElementId> freshIds(Design design) {
        var mapping = new HashMap<ElementId, ElementId>();
        var taken = new HashSet<ElementId>();
        for (var element : elements) {
            var stem = element.id().value().replaceFirst("-\\d+$", "");
            if (stem.isEmpty()) {
                stem = "copy";
            }
            for (int n = 1; ; n++) {
                var candidate = ElementId.of(stem + "-" + n);
                if (!design.contains(candidate) && taken.add(candidate)) {
                    mapping.put(element.id(), candidate);
                    break;
                }
            }
        }
        return mapping;
    }
}
