package com.balancerstudio.ui.canvas;

/** Scrolls the view with the pointer (space+drag or middle-drag). */
final class PanTool implements CanvasTool {
    private final ToolHost host;
    private double lastX;
    private double lastY;

    PanTool(ToolHost host, Pointer start) {
        this.host = host;
        this.lastX = start.screenX();
        this.lastY = start.screenY();
    }

    @Override
    public void drag(Pointer pointer) {
        host.viewport().panBy(pointer.screenX() - lastX, pointer.screenY() - lastY);
        lastX = pointer.screenX();
        lastY = pointer.screenY();
    }

    @Override
    public void release(Pointer pointer) {
        drag(pointer);
    }
}
