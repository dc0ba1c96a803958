package com.balancerstudio.ui.inspector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** A titled table of the items an element holds (listeners, rules, targets), with Remove and an add control. */
final class ItemsTable<T> {
    private final VBox box = new VBox(4);
    private final TableView<T> table = new TableView<>();

    ItemsTable(String title, String id, List<T> items, Map<String, Function<T, String>> columns) {
        table.setId(id);
        table.setItems(FXCollections.observableArrayList(items));
        table.setPrefHeight(44 + 38 * Math.max(2, Math.min(items.size(), 6)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("none yet"));
        new LinkedHashMap<>(columns).forEach((name, value) -> {
            var column = new TableColumn<T, String>(name);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
            table.getColumns().add(column);
        });
        var heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold;");
        box.getChildren().addAll(heading, table);
        box.setPadding(new Insets(8));
    }

    /** Double-clicking a row opens it (selects the element it stands for). */
    ItemsTable<T> onOpen(Consumer<T> open) {
        table.setRowFactory(view -> {
            var row = new TableRow<T>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        return this;
    }

    /** The controls below the table: the add control(s) and a Remove button for the selected row. */
    ItemsTable<T> withActions(String removeText, Consumer<T> remove, Node... addControls) {
        var removeButton = new Button(removeText);
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> remove.accept(table.getSelectionModel().getSelectedItem()));
        var actions = new FlowPane(6, 6, addControls);
        actions.getChildren().add(removeButton);
        box.getChildren().add(actions);
        return this;
    }

    Node node() {
        return box;
    }
}
