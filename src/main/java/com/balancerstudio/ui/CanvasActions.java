package com.balancerstudio.ui;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.TrafficLayer;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.MenuItem;

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

    /** Draws a simulation's traffic over the design from now on ({@link TrafficLayer#EMPTY} for none). */
    default void showTraffic(TrafficLayer traffic) {
        // A canvas that does not draw the diagram (a test's stand-in) has no traffic to show.
    }

    /** Adds items for an element to its right-click menu (the simulation's faults), after the canvas's own. */
    default void setElementMenuItems(Function<ElementId, List<MenuItem>> items) {
        // A canvas without an element menu has nowhere to put them.
    }
}
