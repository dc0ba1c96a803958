package com.balancerstudio.ui.files;

import com.balancerstudio.edit.AddElement;
import com.balancerstudio.edit.CompoundEdit;
import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.edit.RenameDesign;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one edit that turns the saved design into the recovered one, so recovered work shows as unsaved changes that
 * Save keeps and Undo can take back.
 */
public final class RecoveryEdit {
    private RecoveryEdit() {
    }

    public static Edit between(Design saved, Design recovered) {
        var edits = new ArrayList<Edit>();
        var topLevel = saved.children(null).stream().map(Element::id).toList();
        if (!topLevel.isEmpty()) {
            edits.add(Edits.delete(saved, topLevel));
        }
        // Containers go in before their contents, each at the place that ends in the recovered design's order.
        var added = new ArrayList<Integer>();
        for (var element : containersFirst(recovered)) {
            int position = recovered.indexOf(element.id());
            int index = (int) added.stream().filter(p -> p < position).count();
            added.add(position);
            edits.add(new AddElement(element, index));
        }
        if (!saved.name().equals(recovered.name()) || !saved.description().equals(recovered.description())) {
            edits.add(new RenameDesign(saved.name(), saved.description(), recovered.name(), recovered.description()));
        }
        return new CompoundEdit("Recover unsaved changes", edits);
    }

    /** The elements ordered so each comes after its container (shallower first, otherwise in design order). */
    private static List<Element> containersFirst(Design design) {
        var ordered = new ArrayList<>(design.elements());
        ordered.sort(Comparator.comparingInt(element -> depth(design, element.parent())));
        return ordered;
    }

    private static int depth(Design design, ElementId parent) {
        int depth = 0;
        for (var at = design.get(parent); at != null; at = design.get(at.parent())) {
            depth++;
        }
        return depth;
    }
}
