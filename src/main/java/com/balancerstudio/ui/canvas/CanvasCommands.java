package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.Clipboard;
import com.balancerstudio.edit.CompoundEdit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.edit.Placement;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.ui.Workspace;
import java.util.LinkedHashSet;
import java.util.List;

/** The canvas commands that act on the selection: delete, nudge, select all, and the clipboard. Each is one edit. */
final class CanvasCommands {
    /** How far each paste of the same copy is shifted from the one before, in design units. */
    private static final double PASTE_STEP = 20;
    private final Workspace workspace;
    private Clipboard clipboard;
    private int pastes;

    CanvasCommands(Workspace workspace) {
        this.workspace = workspace;
    }

    private List<ElementId> selected() {
        return MoveTool.outermost(workspace.design(), workspace.selection());
    }

    void delete() {
        var ids = selected();
        if (!ids.isEmpty()) {
            workspace.apply(Edits.delete(workspace.design(), ids));
        }
    }

    /** Moves the selection by a few units, growing containers to fit. */
    void nudge(double dx, double dy) {
        var ids = selected();
        if (ids.isEmpty()) {
            return;
        }
        workspace.apply(Placement.moveWithin(workspace.design(), ids, dx, dy));
    }

    void selectAll() {
        var all = new LinkedHashSet<ElementId>();
        for (var element : workspace.design().elements()) {
            if (element.bounds().width() > 0 && element.bounds().height() > 0) {
                all.add(element.id());
            }
        }
        workspace.select(all);
    }

    void copy() {
        var ids = selected();
        if (ids.isEmpty()) {
            return;
        }
        clipboard = Clipboard.copy(workspace.design(), ids);
        pastes = 0;
        workspace.say("Copied " + (ids.size() == 1 ? "'" + workspace.design().get(ids.get(0)).name() + "'"
                : ids.size() + " elements"));
    }

    void cut() {
        var ids = selected();
        if (ids.isEmpty()) {
            return;
        }
        var design = workspace.design();
        clipboard = Clipboard.copy(design, ids);
        pastes = -1;
        var delete = Edits.delete(design, ids);
        workspace.apply(new CompoundEdit(delete.label().replaceFirst("^Delete", "Cut"), List.of(delete)));
    }

    /** Pastes into the selected container when it may hold the copies, else beside the originals. */
    void paste() {
        if (clipboard == null || clipboard.isEmpty()) {
            workspace.say("Nothing to paste: copy something first");
            return;
        }
        var design = workspace.design();
        ElementId into = null;
        if (workspace.selection().size() == 1) {
            var only = design.get(workspace.selection().iterator().next());
            into = only != null && DiagramPainter.isContainer(only) ? only.id() : null;
        }
        pastes++;
        var pasted = clipboard.paste(design, into, PASTE_STEP * pastes, PASTE_STEP * pastes);
        if (workspace.apply(pasted.edit())) {
            workspace.select(new LinkedHashSet<>(pasted.roots()));
        }
    }

    void duplicate() {
        var ids = selected();
        if (ids.isEmpty()) {
            return;
        }
        var design = workspace.design();
        var pasted = Clipboard.copy(design, ids).paste(design, null, PASTE_STEP, PASTE_STEP);
        var label = pasted.edit().label().replaceFirst("^Paste", "Duplicate");
        if (workspace.apply(new CompoundEdit(label, List.of(pasted.edit())))) {
            workspace.select(new LinkedHashSet<>(pasted.roots()));
        }
    }
}
