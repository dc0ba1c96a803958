package com.balancerstudio.ui.palette;

import com.balancerstudio.model.Template;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The palette on the left: every template grouped in titled panes, filtered by a search box. */
public final class PalettePane {
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final List<PaletteItem> items = new ArrayList<>();
    private final List<TitledPane> groups = new ArrayList<>();

    public PalettePane(Workspace workspace) {
        root.setId("palette");
        search.setId("palette-search");
        search.setPromptText("Search shapes");
        var list = new VBox();
        for (var group : Template.Group.values()) {
            var entries = new VBox(2);
            entries.setPadding(new Insets(4));
            for (var template : Template.values()) {
                if (template.group() == group) {
                    var item = new PaletteItem(template, t -> PaletteAdd.add(workspace, t));
                    items.add(item);
                    entries.getChildren().add(item);
                }
            }
            var pane = new TitledPane(group.label(), entries);
            pane.setId("palette-group-" + group.name());
            groups.add(pane);
            list.getChildren().add(pane);
        }
        search.textProperty().addListener((o, was, now) -> filter(now));
        var scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        var top = new VBox(search);
        top.setPadding(new Insets(6));
        root.setTop(top);
        root.setCenter(scroll);
        root.setMinWidth(190);
        root.setPrefWidth(220);
    }

    public Node node() {
        return root;
    }

    /** Hides the entries that do not match and the groups left empty. */
    private void filter(String query) {
        for (var item : items) {
            boolean match = item.matches(query);
            item.setVisible(match);
            item.setManaged(match);
        }
        for (var group : groups) {
            var box = (VBox) group.getContent();
            boolean any = box.getChildren().stream().anyMatch(Node::isVisible);
            group.setVisible(any);
            group.setManaged(any);
            if (any && !query.isBlank()) {
                group.setExpanded(true);
            }
        }
    }
}
