package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Design;
import com.balancerstudio.render.Overlay;

/**
 * A gesture that owns the pointer from press to release: it previews on the canvas while dragging and commits at most
 * one edit on release; {@link #cancel} (Escape) leaves the design untouched.
 */
interface CanvasTool {
    void drag(Pointer pointer);

    void release(Pointer pointer);

    default void cancel() {
    }

    /** The design as it would be after the gesture, for the preview. */
    default Design preview(Design design) {
        return design;
    }

    /** The overlay with the gesture's own marks (marquee, drop target, connection line). */
    default Overlay decorate(Overlay overlay) {
        return overlay;
    }
}
