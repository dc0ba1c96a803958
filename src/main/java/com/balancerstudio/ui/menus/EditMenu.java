package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;

/** Edit: Undo and Redo named after what they would do, then the clipboard and selection commands of the canvas. */
final class EditMenu {
    private EditMenu() {
    }

    static Menu of(Commands c) {
        var workspace = c.workspace();
        var canvas = c.canvas();
        var undo = item("menu-undo", "Undo", "Shortcut+Z", workspace::undo);
        undo.textProperty().bind(Bindings.when(workspace.undoLabelProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", workspace.undoLabelProperty())));
        undo.disableProperty().bind(workspace.undoLabelProperty().isEmpty());
        var redo = item("menu-redo", "Redo", "Shortcut+Shift+Z", workspace::redo);
        redo.textProperty().bind(Bindings.when(workspace.redoLabelProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", workspace.redoLabelProperty())));
        redo.disableProperty().bind(workspace.redoLabelProperty().isEmpty());
        var menu = new Menu("Edit", null, undo, redo,
                new SeparatorMenuItem(),
                item("menu-cut", "Cut", "Shortcut+X", canvas::cut),
                item("menu-copy", "Copy", "Shortcut+C", canvas::copy),
                item("menu-paste", "Paste", "Shortcut+V", canvas::paste),
                item("menu-duplicate", "Duplicate", "Shortcut+D", canvas::duplicate),
                item("menu-delete", "Delete", "Delete", canvas::deleteSelection),
                new SeparatorMenuItem(),
                item("menu-select-all", "Select All", "Shortcut+A", canvas::selectAll),
                item("menu-rename", "Rename", "F2", canvas::renameSelection));
        menu.setId("menu-edit");
        return menu;
    }
}
