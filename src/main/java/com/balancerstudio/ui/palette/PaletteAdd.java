package com.balancerstudio.ui.palette;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.ElementKinds;
import com.balancerstudio.model.Template;
import com.balancerstudio.ui.Workspace;
import java.util.List;
import java.util.Set;

/**
 * Adds an element from a template without dragging: into the single selected container when it may live there, or
 * at the top level for kinds that live there; otherwise says where it belongs.
 */
public final class PaletteAdd {
    private PaletteAdd() {
    }

    /** Returns whether the element was added (and selected). */
    public static boolean add(Workspace workspace, Template template) {
        var design = workspace.design();
        var selection = workspace.selection();
        var container = selection.size() == 1 ? design.get(selection.iterator().next()) : null;
        // A selected element that cannot hold the new one still helps when its own container can.
        while (container != null && !template.mayLiveIn(container)) {
            container = design.get(container.parent());
        }
        if (container == null && !template.mayLiveIn(null)) {
            workspace.say("Select where to put it first: " + ElementKinds.placementHint(template.kind()) + ".");
            return false;
        }
        var parent = container == null ? null : container.id();
        var bounds = FreeSpot.in(design, parent, template.size());
        var element = template.create(design, parent, bounds);
        var where = container == null ? "" : " to " + container.name();
        if (workspace.apply(Edits.add(design, List.of(element), "Add " + template.label() + where))) {
            workspace.select(Set.of(element.id()));
            return true;
        }
        return false;
    }
}
