package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Which part of the design the canvas shows: a zoom factor (25%-400%) and the screen position of the design's origin.
 * Converts between screen (canvas pixels) and design coordinates.
 */
final class Viewport {
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(0);

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty offsetXProperty() {
        return offsetX.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty offsetYProperty() {
        return offsetY.getReadOnlyProperty();
    }

    double zoom() {
        return zoom.get();
    }

    double offsetX() {
        return offsetX.get();
    }

    double offsetY() {
        return offsetY.get();
    }

    Point toDesign(double screenX, double screenY) {
        return new Point((screenX - offsetX.get()) / zoom.get(), (screenY - offsetY.get()) / zoom.get());
    }

    /** The design rectangle a view of this size shows. */
    Rect visible(double width, double height) {
        var origin = toDesign(0, 0);
        return new Rect(origin.x(), origin.y(), Math.max(0, width) / zoom.get(), Math.max(0, height) / zoom.get());
    }

    void panBy(double dx, double dy) {
        offsetX.set(offsetX.get() + dx);
        offsetY.set(offsetY.get() + dy);
    }

    void panTo(double x, double y) {
        offsetX.set(x);
        offsetY.set(y);
    }

    /** Zooms to the factor (bounded), keeping the design point under the screen point where it is. */
    void zoomAt(double factor, double screenX, double screenY) {
        var anchor = toDesign(screenX, screenY);
        double bounded = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        zoom.set(bounded);
        offsetX.set(screenX - anchor.x() * bounded);
        offsetY.set(screenY - anchor.y() * bounded);
    }

    /** Zooms and pans so the rectangle fills a view of the given size, with a margin. */
    void fit(Rect content, double width, double height, double margin) {
        if (content.width() <= 0 || content.height() <= 0 || width <= 2 * margin || height <= 2 * margin) {
            zoom.set(1);
            panTo(margin, margin);
            return;
        }
        double factor = Math.min((width - 2 * margin) / content.width(), (height - 2 * margin) / content.height());
        double bounded = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        zoom.set(bounded);
        panTo((width - content.width() * bounded) / 2 - content.x() * bounded,
                (height - content.height() * bounded) / 2 - content.y() * bounded);
    }
}
