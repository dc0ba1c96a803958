package com.balancerstudio.ui.palette;

import com.balancerstudio.model.Template;
import com.balancerstudio.ui.PaletteDrag;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;

/** One palette entry: icon and label; drag it onto the canvas, or double-click to add it to the selected container. */
final class PaletteItem extends HBox {
    private final Template template;

    PaletteItem(Template template, Consumer<Template> add) {
        super(8, TemplateIcon.of(template, 30), new Label(template.label()));
        this.template = template;
        setId("palette-" + template.name());
        getStyleClass().add("palette-item");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 6, 3, 6));
        Tooltip.install(this, new Tooltip("Drag onto the canvas, or double-click to add it to the selected container"));
        setOnMouseEntered(e -> setStyle("-fx-background-color: rgba(128,128,128,0.18);"
                + " -fx-background-radius: 4;"));
        setOnMouseExited(e -> setStyle(""));
        setOnDragDetected(e -> {
            var board = startDragAndDrop(TransferMode.COPY);
            var content = new ClipboardContent();
            content.put(PaletteDrag.TEMPLATE, template.name());
            board.setContent(content);
            board.setDragView(snapshot(null, null));
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                add.accept(template);
            }
        });
    }

    Template template() {
        return template;
    }

    /** Whether the entry matches what is typed in the search box (any word of its label or group). */
    boolean matches(String query) {
        var q = query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() || (template.label() + " " + TemplateIcon.shortName(template) + " " + template.group().label())
                .toLowerCase(Locale.ROOT).contains(q);
    }
}
