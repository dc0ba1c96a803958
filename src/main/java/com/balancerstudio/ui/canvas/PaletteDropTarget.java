package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.EditRefusedException;
import com.balancerstudio.edit.PlaceTemplate;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Template;
import com.balancerstudio.ui.Workspace;
import java.util.List;
import java.util.Set;

/**
 * Palette drops on the canvas: while a template is dragged over, where its new element would go (allowed or refused
 * with the reason); on drop, the one edit that adds it there.
 */
final class PaletteDropTarget {
    private final Workspace workspace;
    private Rect preview;
    private boolean allowed;
    private String lastRefusal;

    PaletteDropTarget(Workspace workspace) {
        this.workspace = workspace;
    }

    Rect preview() {
        return preview;
    }

    boolean allowed() {
        return allowed;
    }

    /** The absolute bounds the template's element would take with its centre at the point, on the 10-unit grid. */
    static Rect boundsAt(Template template, Point centre) {
        double x = Math.round((centre.x() - template.size().width() / 2) / MoveTool.GRID) * MoveTool.GRID;
        double y = Math.round((centre.y() - template.size().height() / 2) / MoveTool.GRID) * MoveTool.GRID;
        return new Rect(x, y, template.size().width(), template.size().height());
    }

    /** Updates the preview for a drag over the point; returns whether a drop there would be accepted. */
    boolean hover(HitIndex hits, Template template, Point at) {
        var target = DropTarget.at(hits, at, List.of(template.kind()), Set.of());
        preview = boundsAt(template, at);
        allowed = target.allowed();
        if (!allowed && !target.refusal().equals(lastRefusal)) {
            workspace.say(target.refusal());
        } else if (allowed && lastRefusal != null) {
            workspace.say("");
        }
        lastRefusal = allowed ? null : target.refusal();
        return allowed;
    }

    void clear() {
        preview = null;
        lastRefusal = null;
    }

    /** Adds the template's element at the point; false (with the reason said) when it may not live there. */
    boolean drop(HitIndex hits, Template template, Point at) {
        clear();
        var design = hits.design();
        var target = DropTarget.at(hits, at, List.of(template.kind()), Set.of());
        if (!target.allowed()) {
            workspace.say(target.refusal());
            return false;
        }
        var absolute = boundsAt(template, at);
        var origin = target.container() == null ? new Rect(0, 0, 0, 0) : design.absoluteBounds(target.container());
        try {
            var placed = PlaceTemplate.place(design, template, target.container(),
                    absolute.translate(-origin.x(), -origin.y()));
            if (workspace.apply(placed.edit())) {
                workspace.select(Set.of(placed.id()));
                return true;
            }
        } catch (EditRefusedException e) {
            workspace.say(e.getMessage());
        }
        return false;
    }
}
