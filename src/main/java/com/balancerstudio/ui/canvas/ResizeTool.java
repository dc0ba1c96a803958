package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.EditRefusedException;
import com.balancerstudio.edit.Resize;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;

/** Drags one of a container's eight handles; what it holds keeps its place; one edit, grown to fit its contents. */
final class ResizeTool implements CanvasTool {
    private final ToolHost host;
    private final Design design;
    private final ElementId id;
    private final ResizeHandles.Side side;
    private final Point start;
    private Rect bounds;

    ResizeTool(ToolHost host, Pointer pointer, ElementId id, ResizeHandles.Side side) {
        this.host = host;
        this.design = host.workspace().design();
        this.id = id;
        this.side = side;
        this.start = pointer.design();
        this.bounds = design.get(id).bounds();
    }

    @Override
    public void drag(Pointer pointer) {
        double dx = pointer.design().x() - start.x();
        double dy = pointer.design().y() - start.y();
        if (!pointer.alt()) {
            dx = Math.round(dx / MoveTool.GRID) * MoveTool.GRID;
            dy = Math.round(dy / MoveTool.GRID) * MoveTool.GRID;
        }
        bounds = side.drag(design.get(id).bounds(), dx, dy);
        host.repaint();
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        host.workspace().apply(Resize.to(design, id, bounds));
    }

    @Override
    public Design preview(Design current) {
        if (current != design) {
            return current;
        }
        try {
            return Resize.to(design, id, bounds).apply(design);
        } catch (EditRefusedException e) {
            return current;
        }
    }
}
