package com.balancerstudio.ui.menus;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The toolbar: the main file, history, zoom and presentation actions, each with a tooltip naming its shortcut. */
public final class DesignerToolbar {
    private DesignerToolbar() {
    }

    public static ToolBar of(Commands c) {
        var workspace = c.workspace();
        var canvas = c.canvas();
        var undo = button("tool-undo", "↶ Undo", "Undo (Ctrl+Z)", workspace::undo);
        undo.disableProperty().bind(workspace.undoLabelProperty().isEmpty());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(
                "Undo " + workspace.undoLabelProperty().get() + " (Ctrl+Z)"), workspace.undoLabelProperty()));
        var redo = button("tool-redo", "↷ Redo", "Redo (Ctrl+Shift+Z)", workspace::redo);
        redo.disableProperty().bind(workspace.redoLabelProperty().isEmpty());
        redo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(
                "Redo " + workspace.redoLabelProperty().get() + " (Ctrl+Shift+Z)"), workspace.redoLabelProperty()));
        var save = button("tool-save", "Save", "Save the design (Ctrl+S)", c.files()::save);
        var present = new ToggleButton("Present");
        present.setId("tool-present");
        present.setTooltip(new Tooltip("Presentation mode: full screen, only the diagram (F5; Esc leaves)"));
        present.selectedProperty().bindBidirectional(c.presentation().onProperty());
        var bar = new ToolBar(
                button("tool-new", "New", "New design (Ctrl+N)", c.files()::newDesign),
                button("tool-open", "Open", "Open a design (Ctrl+O)", c.files()::openChosen),
                save,
                new Separator(), undo, redo,
                new Separator(),
                button("tool-delete", "Delete", "Delete the selection (Delete)", canvas::deleteSelection),
                new Separator(),
                button("tool-zoom-out", "−", "Zoom out (Ctrl+-)", canvas::zoomOut),
                button("tool-zoom-in", "+", "Zoom in (Ctrl+=)", canvas::zoomIn),
                button("tool-zoom-fit", "Fit", "Zoom to fit the whole design (Ctrl+Shift+1)", canvas::zoomToFit),
                new Separator(), present);
        bar.setId("toolbar");
        return bar;
    }

    /** A toolbar button with its tooltip that leaves the keyboard focus where it was (on the canvas). */
    public static Button button(String id, String text, String tip, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
