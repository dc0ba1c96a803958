package com.balancerstudio.ui.canvas;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.ui.Workspace;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field laid over an element to rename it where it is drawn: Enter (or clicking elsewhere) commits one
 * rename edit, Escape cancels.
 */
final class InPlaceRename {
    private final Workspace workspace;
    private final TextField field = new TextField();
    private final Runnable closed;
    private ElementId editing;

    InPlaceRename(Workspace workspace, Runnable closed) {
        this.workspace = workspace;
        this.closed = closed;
        field.setId("rename-field");
        field.setVisible(false);
        field.setManaged(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && editing != null) {
                commit();
            }
        });
    }

    TextField field() {
        return field;
    }

    boolean isOpen() {
        return editing != null;
    }

    /** Opens the field over the screen rectangle, holding the element's name, all of it selected. */
    void open(ElementId id, double x, double y, double width) {
        var element = workspace.design().get(id);
        if (element == null) {
            return;
        }
        editing = id;
        field.setText(element.name());
        double w = Math.max(120, width);
        field.resizeRelocate(x + (width - w) / 2, y, w, field.prefHeight(-1));
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        var id = editing;
        var text = field.getText().strip();
        close();
        if (id != null && workspace.design().contains(id) && !text.isEmpty()
                && !text.equals(workspace.design().get(id).name())) {
            workspace.apply(Edits.rename(workspace.design(), id, text));
        }
    }

    void close() {
        editing = null;
        field.setVisible(false);
        closed.run();
    }
}
