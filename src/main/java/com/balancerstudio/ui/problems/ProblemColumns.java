package com.balancerstudio.ui.problems;

import com.balancerstudio.rules.Finding;
import com.balancerstudio.ui.Workspace;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The columns of the problems list: severity (icon and word), quick fix button, rule, element, message, fix hint. */
final class ProblemColumns {
    private ProblemColumns() {
    }

    static void addTo(TableView<Finding> table, Workspace workspace, Consumer<Finding> fix) {
        var severity = new TableColumn<Finding, Finding>("Severity");
        severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        severity.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                if (empty || finding == null) {
                    setGraphic(null);
                    return;
                }
                var label = new Label(finding.severity().value(), SeverityStyle.icon(finding.severity()));
                label.setTextFill(SeverityStyle.color(finding.severity()));
                setGraphic(label);
            }
        });
        severity.setPrefWidth(90);
        table.getColumns().add(severity);
        var quickFix = new TableColumn<Finding, Finding>("");
        quickFix.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        quickFix.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setGraphic(empty || finding == null || finding.quickFixEdit().isEmpty() ? null
                        : ProblemsPane.fixButton(finding, fix));
            }
        });
        quickFix.setPrefWidth(60);
        table.getColumns().add(quickFix);
        table.getColumns().add(text("Rule", Finding::ruleId, 110));
        table.getColumns().add(text("Element", f -> {
            var element = workspace.design().get(f.primaryElement());
            return element == null ? "" : element.name();
        }, 140));
        table.getColumns().add(text("Problem", Finding::message, 520));
        table.getColumns().add(text("Fix", Finding::fix, 360));
    }

    private static TableColumn<Finding, String> text(String title, Function<Finding, String> value, double width) {
        var column = new TableColumn<Finding, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
