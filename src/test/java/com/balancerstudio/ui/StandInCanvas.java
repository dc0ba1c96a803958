package com.balancerstudio.ui;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A canvas for window tests: it lists what the window asked of it, keeps a zoom factor, and does the few things the
 * workspace can do alone (select all, delete the selection), so window tests do not depend on the real canvas.
 */
public final class StandInCanvas extends StackPane implements CanvasActions {
    private final Workspace workspace;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    public final List<String> calls = new ArrayList<>();
    public final List<ElementId> revealed = new ArrayList<>();
    public boolean dark;

    public StandInCanvas(Workspace workspace) {
        this.workspace = workspace;
        setId("canvas");
        var label = new Label();
        label.textProperty().bind(workspace.designProperty().asString("canvas stand-in: %s"));
        getChildren().add(label);
        setStyle("-fx-background-color: #f6f8fa;");
        setMinSize(200, 200);
    }

    @Override
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    @Override
    public void zoomIn() {
        zoomTo(zoom.get() * 1.25);
    }

    @Override
    public void zoomOut() {
        zoomTo(zoom.get() / 1.25);
    }

    @Override
    public void zoomTo(double factor) {
        calls.add("zoomTo");
        zoom.set(Math.max(0.25, Math.min(4, factor)));
    }

    @Override
    public void zoomToFit() {
        calls.add("zoomToFit");
    }

    @Override
    public void reveal(ElementId id) {
        revealed.add(id);
        workspace.select(Set.of(id));
    }

    @Override
    public void cut() {
        calls.add("cut");
    }

    @Override
    public void copy() {
        calls.add("copy");
    }

    @Override
    public void paste() {
        calls.add("paste");
    }

    @Override
    public void duplicate() {
        calls.add("duplicate");
    }

    @Override
    public void deleteSelection() {
        calls.add("deleteSelection");
        if (!workspace.selection().isEmpty()) {
            workspace.apply(Edits.delete(workspace.design(), Set.copyOf(workspace.selection())));
        }
    }

    @Override
    public void selectAll() {
        calls.add("selectAll");
        workspace.select(Set.copyOf(workspace.design().elements().stream().map(e -> e.id()).toList()));
    }

    @Override
    public void renameSelection() {
        calls.add("renameSelection");
    }

    @Override
    public void setDarkTheme(boolean dark) {
        this.dark = dark;
    }
}
