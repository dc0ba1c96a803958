package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.Overlay;
import java.util.LinkedHashSet;

/**
 * Selects what a dragged rectangle wholly encloses, started on empty space; shift adds to the selection. A click
 * without a drag clears the selection.
 */
final class MarqueeTool implements CanvasTool {
    private final ToolHost host;
    private final Point start;
    private Point end;

    MarqueeTool(ToolHost host, Pointer pointer) {
        this.host = host;
        this.start = pointer.design();
        this.end = start;
    }

    private Rect area() {
        return new Rect(Math.min(start.x(), end.x()), Math.min(start.y(), end.y()), Math.abs(end.x() - start.x()),
                Math.abs(end.y() - start.y()));
    }

    @Override
    public void drag(Pointer pointer) {
        end = pointer.design();
        host.repaint();
    }

    @Override
    public void release(Pointer pointer) {
        end = pointer.design();
        var selected = new LinkedHashSet<>(pointer.shift() ? host.workspace().selection() : java.util.Set.of());
        selected.addAll(host.hits().inside(area()));
        host.workspace().select(selected);
    }

    @Override
    public Overlay decorate(Overlay overlay) {
        return new Overlay(overlay.selection(), overlay.badges(), overlay.hover(), area(), overlay.dropPreview(),
                overlay.dropAllowed(), overlay.connection());
    }
}
