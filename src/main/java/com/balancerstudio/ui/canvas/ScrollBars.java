package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Rect;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * The canvas's scroll bars: their range covers the design (with a margin) and the part in view, and moving them
 * scrolls the view.
 */
final class ScrollBars {
    private static final double MARGIN = 200;
    private final Viewport viewport;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private boolean updating;

    ScrollBars(Viewport viewport, DesignerCanvas owner) {
        this.viewport = viewport;
        horizontal.setId("canvas-hbar");
        vertical.setId("canvas-vbar");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().addListener((o, old, value) -> {
            if (!updating) {
                viewport.panTo(-value.doubleValue(), viewport.offsetY());
            }
        });
        vertical.valueProperty().addListener((o, old, value) -> {
            if (!updating) {
                viewport.panTo(viewport.offsetX(), -value.doubleValue());
            }
        });
    }

    ScrollBar horizontal() {
        return horizontal;
    }

    ScrollBar vertical() {
        return vertical;
    }

    double thickness() {
        return 14;
    }

    /** Sets the ranges for the design's content bounds and a view of the given size. */
    void update(Rect content, double width, double height) {
        updating = true;
        try {
            double z = viewport.zoom();
            set(horizontal, content.x() * z - MARGIN, content.maxX() * z + MARGIN - width, -viewport.offsetX(), width);
            set(vertical, content.y() * z - MARGIN, content.maxY() * z + MARGIN - height, -viewport.offsetY(), height);
        } finally {
            updating = false;
        }
    }

    private static void set(ScrollBar bar, double min, double max, double value, double visible) {
        double low = Math.min(min, value);
        double high = Math.max(Math.max(max, value), low + 1);
        bar.setMin(low);
        bar.setMax(high);
        bar.setValue(value);
        bar.setVisibleAmount(Math.max(1, (high - low) * visible / (high - low + visible)));
        bar.setUnitIncrement(20);
        bar.setBlockIncrement(visible * 0.8);
    }
}
