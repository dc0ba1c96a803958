package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.ui.Workspace;
import java.util.function.UnaryOperator;

/**
 * Applies a change to one element, made from its current state in the design, as one undoable edit; a change the
 * element's records refuse is reported to the person (with their reason) and never applied.
 */
final class ElementChange {
    private ElementChange() {
    }

    /** Returns whether the design changed. */
    static <E extends Element> boolean apply(Workspace workspace, ElementId id, Class<E> kind, UnaryOperator<E> change,
                                             String label) {
        var design = workspace.design();
        var current = design.get(id, kind);
        if (current == null) {
            return false;
        }
        E changed;
        try {
            changed = change.apply(current);
        } catch (IllegalArgumentException | NullPointerException e) {
            workspace.say("Not applied: " + e.getMessage());
            return false;
        }
        if (changed.equals(current)) {
            return false;
        }
        return workspace.apply(Edits.change(design, changed, label));
    }
}
