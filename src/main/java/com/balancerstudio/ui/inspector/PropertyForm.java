package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A grid of every property of one element, each with its editor; small nested records (the health check, stickiness,
 * access logs) get a heading and rows of their own. Editors report (property path, new value) to the commit handler.
 */
final class PropertyForm {
    private static final Set<String> NOT_EDITED = Set.of("id", "parent", "bounds");

    private PropertyForm() {
    }

    /**
     * @param shownElsewhere components a section of the inspector edits (listeners' actions, routes...)
     * @param refusals where a typed value that is refused is reported
     */
    static GridPane of(Design design, Element element, Set<String> shownElsewhere,
                       BiConsumer<List<String>, Object> commit, Consumer<String> refusals) {
        var grid = grid();
        int row = 0;
        grid.addRow(row++, label("id"), new Label(element.id().value()));
        for (var component : element.getClass().getRecordComponents()) {
            var name = component.getName();
            if (NOT_EDITED.contains(name) || shownElsewhere.contains(name)) {
                continue;
            }
            var value = RecordCopier.read(element, component);
            if (PropertyEditors.isSection(component) && value == null) {
                var blank = RecordCopier.blank(component.getType());
                if (blank != null) {
                    // An optional group of settings that is not there yet (a Classic listener's stickiness policy,
                    // a GENEVE group's target failover...): one click adds it with AWS defaults to edit below.
                    var add = new Button("Add " + PropertyNames.words(name));
                    add.setId("add-" + name);
                    add.setOnAction(e -> commit.accept(List.of(name), blank));
                    grid.addRow(row++, label(PropertyNames.words(name)), add);
                    continue;
                }
            }
            if (PropertyEditors.isSection(component) && value != null) {
                var heading = new Label(capitalized(PropertyNames.words(name)));
                heading.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                if (!component.getType().isPrimitive() && acceptsNone(element, name)) {
                    var remove = new Button("Remove");
                    remove.setId("remove-" + name);
                    remove.setOnAction(e -> commit.accept(List.of(name), null));
                    grid.addRow(row++, heading, remove);
                } else {
                    grid.add(heading, 0, row++, 2, 1);
                }
                for (var inner : component.getType().getRecordComponents()) {
                    var path = List.of(name, inner.getName());
                    var editor = PropertyEditors.editor(design, element, value, inner,
                            v -> commit.accept(path, v), refusals);
                    editor.setId("prop-" + String.join("-", path));
                    grid.addRow(row++, label(PropertyNames.words(inner.getName())), editor);
                }
                continue;
            }
            var path = List.of(name);
            var editor = PropertyEditors.editor(design, element, element, component, v -> commit.accept(path, v),
                    refusals);
            editor.setId("prop-" + name);
            grid.addRow(row++, label(PropertyNames.words(name)), editor);
        }
        return grid;
    }

    /** Whether the element takes the nested settings away (some, such as a health check, always have a value). */
    private static boolean acceptsNone(Element element, String component) {
        try {
            var without = RecordCopier.with(element, component, null);
            return RecordCopier.read(without, component) == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name of a row; it wraps onto a second line rather than being cut when the inspector is narrow. */
    static Label label(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /**
     * A two-column grid: labels as wide as they need (up to a limit), editors taking the rest; in a narrow inspector
     * both give way down to their minimum, so the panel never scrolls sideways.
     */
    static GridPane grid() {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        var labels = new ColumnConstraints();
        labels.setMinWidth(80);
        labels.setMaxWidth(170);
        var editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        editors.setMinWidth(100);
        grid.getColumnConstraints().addAll(labels, editors);
        return grid;
    }

    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
