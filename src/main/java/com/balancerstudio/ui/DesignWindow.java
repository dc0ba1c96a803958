package com.balancerstudio.ui;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.RuleSet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: the design's elements as a containment tree, the properties of the selected element, and the
 * problems the rules find, each problem selecting its element when clicked.
 */
final class DesignWindow {
    private final Stage stage;
    private final RuleSet rules;
    private final BorderPane root = new BorderPane();
    private final TreeView<Element> tree = new TreeView<>();
    private final TableView<PropertyRow> properties = new TableView<>();
    private final TableView<Finding> problems = new TableView<>();
    private final Label status = new Label();
    private final Map<ElementId, TreeItem<Element>> items = new HashMap<>();
    private Design design;

    DesignWindow(Stage stage, RuleSet rules) {
        this.stage = stage;
        this.rules = rules;
        tree.setId("elements");
        properties.setId("properties");
        problems.setId("problems");
        status.setId("status");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new ElementCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) ->
                properties.setItems(FXCollections.observableList(item == null ? java.util.List.of()
                        : PropertyRow.of(item.getValue()))));
        properties.getColumns().add(column("Property", PropertyRow::name, 180));
        properties.getColumns().add(column("Value", PropertyRow::value, 320));
        properties.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.getColumns().add(column("Severity", f -> f.severity().value(), 80));
        problems.getColumns().add(column("Rule", Finding::ruleId, 120));
        problems.getColumns().add(column("Element", f -> f.primaryElement() == null ? "" : nameOf(f.primaryElement()), 160));
        problems.getColumns().add(column("Problem", Finding::message, 600));
        problems.getColumns().add(column("Fix", Finding::fix, 400));
        problems.setPlaceholder(new Label("No problems: AWS would accept this design."));
        properties.setPlaceholder(new Label("Select an element to see its properties."));
        status.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        problems.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setTooltip(empty || finding == null ? null
                        : new javafx.scene.control.Tooltip(finding.message() + "\n\nFix: " + finding.fix()));
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((o, old, finding) -> reveal(finding));

        var top = new SplitPane(tree, properties);
        top.setDividerPositions(0.4);
        var main = new SplitPane(top, problems);
        main.setOrientation(javafx.geometry.Orientation.VERTICAL);
        main.setDividerPositions(0.65);
        root.setTop(menus());
        root.setCenter(main);
        root.setBottom(status);
    }

    BorderPane root() {
        return root;
    }

    private MenuBar menus() {
        var open = new MenuItem("Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle("Open design");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Designs", "*" + DesignFile.EXTENSION));
            var file = chooser.showOpenDialog(stage);
            if (file != null) {
                open(file.toPath());
            }
        });
        var quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        return new MenuBar(new Menu("File", null, open, quit));
    }

    /** Opens a design file; a file that cannot be read leaves the current design as it is and says why. */
    void open(Path file) {
        try {
            show(DesignFile.read(file), file);
        } catch (DesignFileException e) {
            App.showError("This design cannot be opened", e.getMessage());
            if (design == null) {
                show(Design.empty("Untitled design"), null);
            }
        }
    }

    void show(Design shown, Path file) {
        design = shown;
        stage.setTitle(shown.name() + (file == null ? "" : " — " + file.getFileName()) + " — Balancer Studio");
        items.clear();
        var top = new TreeItem<Element>();
        for (var element : shown.children(null)) {
            top.getChildren().add(item(element));
        }
        tree.setRoot(top);
        var findings = rules.check(shown);
        problems.setItems(FXCollections.observableList(findings));
        long errors = findings.stream().filter(f -> f.severity() == com.balancerstudio.rules.Severity.ERROR).count();
        status.setText(shown.size() + " elements · " + errors + " errors · " + (findings.size() - errors)
                + " warnings and notes");
    }

    private TreeItem<Element> item(Element element) {
        var item = new TreeItem<>(element);
        item.setExpanded(true);
        items.put(element.id(), item);
        for (var child : design.children(element.id())) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private void reveal(Finding finding) {
        if (finding != null && finding.primaryElement() != null) {
            var item = items.get(finding.primaryElement());
            if (item != null) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(tree.getRow(item));
            }
        }
    }

    private String nameOf(ElementId id) {
        var element = design.get(id);
        return element == null ? id.value() : element.name();
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
                                                     double width) {
        var column = new TableColumn<T, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Shows an element as "Kind: name". */
    private static final class ElementCell extends javafx.scene.control.TreeCell<Element> {
        @Override
        protected void updateItem(Element element, boolean empty) {
            super.updateItem(element, empty);
            setText(empty || element == null ? null : element.kindLabel() + ": " + element.name());
        }
    }
}
