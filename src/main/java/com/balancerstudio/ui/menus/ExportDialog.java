package com.balancerstudio.ui.menus;

import com.balancerstudio.export.ExportOptions;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.Theme;
import com.balancerstudio.ui.files.PictureExport;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks how to export a picture: whole design or the selection; for a PNG also the scale and a transparent background. */
final class ExportDialog {
    private ExportDialog() {
    }

    static Optional<ExportOptions> ask(Window owner, PictureExport.Format format, Set<ElementId> selection, boolean dark) {
        var dialog = new Dialog<ExportOptions>();
        dialog.initOwner(owner);
        dialog.setTitle("Export " + format.name());
        dialog.setHeaderText("Export the diagram as " + format.name());
        var export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        var whole = new RadioButton("Whole design");
        var selected = new RadioButton("Selection (" + selection.size() + " elements and their contents)");
        var scope = new ToggleGroup();
        whole.setToggleGroup(scope);
        selected.setToggleGroup(scope);
        whole.setSelected(true);
        selected.setDisable(selection.isEmpty());
        var scale = new ChoiceBox<String>();
        scale.getItems().addAll("1x", "2x");
        scale.setValue("1x");
        var transparent = new CheckBox("Transparent background");
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Content"), whole);
        grid.addRow(1, new Label(""), selected);
        if (format == PictureExport.Format.PNG) {
            grid.addRow(2, new Label("Scale"), scale);
            grid.addRow(3, new Label(""), transparent);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button != export ? null : new ExportOptions(
                scale.getValue().equals("2x") ? 2 : 1, transparent.isSelected(),
                selected.isSelected() ? selection : Set.of(), dark ? Theme.DARK : Theme.LIGHT, Map.of()));
        return dialog.showAndWait();
    }
}
