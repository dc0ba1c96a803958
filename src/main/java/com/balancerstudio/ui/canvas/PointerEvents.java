package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.Connections;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.DiagramPainter;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Turns the pointer's presses into tools: pan (space or middle button), connect (the connector handle, or alt on an
 * element links start from), resize (a handle of the selected container), move (an element), marquee (empty space);
 * double-click renames; the wheel scrolls, ctrl+wheel and pinch zoom at the pointer.
 */
final class PointerEvents {
    private static final double WHEEL_ZOOM = 1.1;
    private final DesignerCanvas owner;

    PointerEvents(DesignerCanvas owner) {
        this.owner = owner;
    }

    void install(Canvas canvas) {
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(e -> {
            if (owner.tool() != null) {
                owner.tool().drag(owner.pointer(e));
            }
        });
        canvas.setOnMouseReleased(e -> {
            var tool = owner.tool();
            if (tool != null) {
                owner.setTool(null);
                tool.release(owner.pointer(e));
            }
        });
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> owner.setHover(null));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom((ZoomEvent e) -> {
            owner.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
    }

    private void pressed(MouseEvent e) {
        owner.requestFocus();
        var pointer = owner.pointer(e);
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && owner.spaceDown()) {
            owner.setTool(new PanTool(owner, pointer));
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        var workspace = owner.workspace();
        var hit = owner.hits().at(pointer.design());
        if (e.getClickCount() == 2 && hit != null) {
            workspace.select(Set.of(hit));
            owner.renameSelection();
            return;
        }
        var single = owner.singleSelection();
        if (single != null) {
            var element = workspace.design().get(single);
            var bounds = workspace.design().absoluteBounds(single);
            double zoom = owner.viewport().zoom();
            if (Connections.canStartFrom(element) && ResizeHandles.connector(bounds, zoom).contains(pointer.design())) {
                owner.setTool(new ConnectTool(owner, pointer, single));
                return;
            }
            var side = DiagramPainter.isContainer(element) ? ResizeHandles.at(bounds, zoom, pointer.design()) : null;
            if (side != null) {
                owner.setTool(new ResizeTool(owner, pointer, single, side));
                return;
            }
        }
        if (hit == null) {
            if (!e.isShiftDown()) {
                workspace.selection().clear();
            }
            owner.setTool(new MarqueeTool(owner, pointer));
        } else if (e.isAltDown() && Connections.canStartFrom(workspace.design().get(hit))) {
            owner.setTool(new ConnectTool(owner, pointer, hit));
        } else if (e.isShiftDown()) {
            var selection = new LinkedHashSet<>(workspace.selection());
            if (!selection.remove(hit)) {
                selection.add(hit);
            }
            workspace.select(selection);
            if (selection.contains(hit)) {
                owner.setTool(new MoveTool(owner, pointer, hit));
            }
        } else {
            if (!workspace.selection().contains(hit)) {
                workspace.select(Set.of(hit));
            }
            owner.setTool(new MoveTool(owner, pointer, hit));
        }
    }

    private void moved(MouseEvent e) {
        var p = owner.designPoint(e.getX(), e.getY());
        ElementId hit = owner.hits().at(p);
        owner.setHover(hit);
        var cursor = Cursor.DEFAULT;
        var single = owner.singleSelection();
        if (single != null) {
            var element = owner.workspace().design().get(single);
            var bounds = owner.workspace().design().absoluteBounds(single);
            double zoom = owner.viewport().zoom();
            if (Connections.canStartFrom(element) && ResizeHandles.connector(bounds, zoom).contains(p)) {
                cursor = Cursor.CROSSHAIR;
            } else if (DiagramPainter.isContainer(element)) {
                var side = ResizeHandles.at(bounds, zoom, p);
                if (side != null) {
                    cursor = resizeCursor(side);
                }
            }
        }
        owner.drawing().setCursor(owner.spaceDown() ? Cursor.OPEN_HAND : cursor);
    }

    private static Cursor resizeCursor(ResizeHandles.Side side) {
        switch (side) {
            case NW: return Cursor.NW_RESIZE;
            case N: return Cursor.N_RESIZE;
            case NE: return Cursor.NE_RESIZE;
            case E: return Cursor.E_RESIZE;
            case SE: return Cursor.SE_RESIZE;
            case S: return Cursor.S_RESIZE;
            case SW: return Cursor.SW_RESIZE;
            default: return Cursor.W_RESIZE;
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                owner.zoomAt(e.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, e.getX(), e.getY());
            }
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            owner.viewport().panBy(e.getDeltaY(), 0);
        } else {
            owner.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
