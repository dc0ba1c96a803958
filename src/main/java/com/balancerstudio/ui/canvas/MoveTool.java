package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.EditRefusedException;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.edit.Placement;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.Overlay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Drags the selection: previews the elements at their new place, snapped to a 10-unit grid (alt turns snapping off);
 * dropping them into another container reparents them, or is refused with the reason when their kind may not live
 * there; one edit, with the containers grown to fit.
 */
final class MoveTool implements CanvasTool {
    static final double GRID = 10;
    /** Screen pixels the pointer must travel before a press becomes a move (so a click never nudges). */
    private static final double DEAD_ZONE = 3;
    private final ToolHost host;
    private final Design design;
    private final List<ElementId> moving;
    private final Point start;
    private final Rect anchor;
    private final ElementId grabbedParent;
    private double dx;
    private double dy;
    private DropTarget target;

    MoveTool(ToolHost host, Pointer pointer, ElementId grabbed) {
        this.host = host;
        this.design = host.workspace().design();
        this.moving = outermost(design, host.workspace().selection());
        this.start = pointer.design();
        this.anchor = design.absoluteBounds(grabbed);
        this.grabbedParent = design.get(grabbed).parent();
    }

    /** The selected elements that are not inside another selected element (those move with their container). */
    static List<ElementId> outermost(Design design, Set<ElementId> selection) {
        var result = new ArrayList<ElementId>();
        for (var id : selection) {
            boolean nested = false;
            var element = design.get(id);
            for (var p = element == null ? null : design.get(element.parent()); p != null; p = design.get(p.parent())) {
                nested |= selection.contains(p.id());
            }
            if (element != null && !nested) {
                result.add(id);
            }
        }
        return result;
    }

    @Override
    public void drag(Pointer pointer) {
        dx = pointer.design().x() - start.x();
        dy = pointer.design().y() - start.y();
        if (Math.max(Math.abs(dx), Math.abs(dy)) * host.viewport().zoom() < DEAD_ZONE) {
            dx = 0;
            dy = 0;
        } else if (!pointer.alt()) {
            dx = Math.round((anchor.x() + dx) / GRID) * GRID - anchor.x();
            dy = Math.round((anchor.y() + dy) / GRID) * GRID - anchor.y();
        }
        var kinds = new LinkedHashSet<Class<? extends Element>>();
        moving.forEach(id -> kinds.add(design.get(id).getClass()));
        var previous = target;
        target = DropTarget.at(host.hits(), pointer.design(), kinds, new LinkedHashSet<>(moving));
        if (!target.allowed() && (previous == null || previous.allowed())) {
            host.workspace().say(target.refusal());
        } else if (target.allowed() && previous != null && !previous.allowed()) {
            host.workspace().say("");
        }
        host.repaint();
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        if (moving.isEmpty() || dx == 0 && dy == 0) {
            return;
        }
        if (!target.allowed()) {
            host.workspace().say(target.refusal());
            return;
        }
        if (staying()) {
            host.workspace().apply(Placement.moveWithin(design, moving, dx, dy));
        } else {
            host.workspace().apply(Placement.moveInto(design, moving, dx, dy, target.container()));
        }
    }

    /** Whether the drop is in the container the grabbed element came from: then each element keeps its own. */
    private boolean staying() {
        return target.allowed() && java.util.Objects.equals(target.container(), grabbedParent);
    }

    @Override
    public Design preview(Design current) {
        if (current != design || moving.isEmpty()) {
            return current;
        }
        try {
            return Edits.move(design, moving, dx, dy).apply(design);
        } catch (EditRefusedException e) {
            return current;
        }
    }

    @Override
    public Overlay decorate(Overlay overlay) {
        if (target == null || moving.isEmpty()) {
            return overlay;
        }
        Rect highlight;
        if (!target.allowed() || target.container() == null || staying()) {
            Rect union = null;
            for (var id : moving) {
                var b = design.absoluteBounds(id).translate(dx, dy);
                union = union == null ? b : union.union(b);
            }
            highlight = union;
        } else {
            highlight = design.absoluteBounds(target.container());
        }
        return new Overlay(overlay.selection(), overlay.badges(), overlay.hover(), null, highlight, target.allowed(),
                null);
    }
}
