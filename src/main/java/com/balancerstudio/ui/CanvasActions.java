package com.balancerstudio.ui;

import com.balancerstudio.model.ElementId;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** What the window's menus, toolbar and panels ask of the drawing canvas. */
public interface CanvasActions {
    /** The zoom factor: 1 is 100%, bounded to 0.25-4. */
    ReadOnlyDoubleProperty zoomProperty();

    void zoomIn();

    void zoomOut();

    void zoomTo(double factor);

    /** Zooms and scrolls so the whole design fits the view. */
    void zoomToFit();

    /** Scrolls so the element is in view (and selects it). */
    void reveal(ElementId id);

    void cut();

    void copy();

    void paste();

    void duplicate();

    void deleteSelection();

    void selectAll();

    /** Starts renaming the single selected element in place. */
    void renameSelection();

    /** Repaints with the other colour theme. */
    void setDarkTheme(boolean dark);
}
