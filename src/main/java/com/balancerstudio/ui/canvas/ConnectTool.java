package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.Connections;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import com.balancerstudio.render.Overlay;
import java.util.Objects;

/**
 * Draws a link from a source element to a target: the line follows the pointer, an allowed target is outlined in
 * the selection colour and a refused one in red with the reason in the status message; release makes one edit.
 */
final class ConnectTool implements CanvasTool {
    private final ToolHost host;
    private final ElementId from;
    private Point at;
    private ElementId target;
    private String refusal;

    ConnectTool(ToolHost host, Pointer pointer, ElementId from) {
        this.host = host;
        this.from = from;
        this.at = pointer.design();
    }

    @Override
    public void drag(Pointer pointer) {
        at = pointer.design();
        var design = host.workspace().design();
        var under = host.hits().topmost(at, e -> !e.id().equals(from));
        if (!Objects.equals(under, target)) {
            target = under;
            var before = refusal;
            refusal = target == null ? null : Connections.refusal(design, from, target).orElse(null);
            if (refusal != null) {
                host.workspace().say(refusal);
            } else if (before != null) {
                host.workspace().say("");
            }
        }
        host.repaint();
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
        if (target == null) {
            return;
        }
        if (refusal != null) {
            host.workspace().say(refusal);
            return;
        }
        var design = host.workspace().design();
        host.workspace().apply(Connections.connect(design, from, target));
    }

    @Override
    public Overlay decorate(Overlay overlay) {
        var design = host.workspace().design();
        boolean allowed = target == null || refusal == null;
        return new Overlay(overlay.selection(), overlay.badges(), overlay.hover(), null,
                target == null ? null : design.absoluteBounds(target), allowed,
                new Overlay.ConnectionPreview(from, at.x(), at.y(), allowed));
    }
}
