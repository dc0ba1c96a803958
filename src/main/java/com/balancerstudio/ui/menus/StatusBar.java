package com.balancerstudio.ui.menus;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.ui.CanvasActions;
import com.balancerstudio.ui.Workspace;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status bar: the latest message, the selection count, the findings by severity and the zoom. */
public final class StatusBar {
    private final HBox root = new HBox(10);
    private final Label message = new Label();
    private final Label selection = new Label();
    private final Label findings = new Label();
    private final Label zoom = new Label();

    public StatusBar(Workspace workspace, CanvasActions canvas) {
        root.setId("status");
        message.setId("status-message");
        selection.setId("status-selection");
        findings.setId("status-findings");
        zoom.setId("status-zoom");
        message.textProperty().bind(workspace.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        zoom.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        workspace.selection().addListener((SetChangeListener<ElementId>) c -> showSelection(workspace));
        workspace.findingsProperty().addListener((o, old, now) -> showFindings(workspace));
        showSelection(workspace);
        showFindings(workspace);
        root.getChildren().addAll(message, separator(), selection, separator(), findings, separator(), zoom);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
    }

    public Node node() {
        return root;
    }

    private void showSelection(Workspace workspace) {
        int count = workspace.selection().size();
        selection.setText(count == 0 ? "Nothing selected" : count == 1 ? "1 selected" : count + " selected");
    }

    private void showFindings(Workspace workspace) {
        var list = workspace.findingsProperty().get();
        long errors = list.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = list.stream().filter(f -> f.severity() == Severity.WARNING).count();
        findings.setText(errors + " errors · " + warnings + " warnings · " + (list.size() - errors - warnings) + " notes");
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
