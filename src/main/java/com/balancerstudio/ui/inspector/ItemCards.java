package com.balancerstudio.ui.inspector;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A titled list of the items an element holds (listeners, rules, conditions, routes...), one card per item so long
 * text wraps instead of being cut in narrow columns; each card may carry its own editors, an Open button and a Remove
 * button, and the add controls sit below the cards.
 */
final class ItemCards<T> {
    static final String CARD = "inspector-card";

    private final VBox box = new VBox(6);
    private final VBox cards = new VBox(6);
    private final String id;
    private final List<T> items;
    private final BiFunction<T, Integer, Node> content;
    private Consumer<T> open;
    private String removeText;
    private Consumer<T> remove;

    /** The content builder gets each item with its index (for control ids) and returns what its card shows. */
    ItemCards(String title, String id, List<T> items, BiFunction<T, Integer, Node> content) {
        this.id = id;
        this.items = List.copyOf(items);
        this.content = content;
        cards.setId(id);
        var heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold;");
        box.getChildren().addAll(heading, cards);
        box.setPadding(new Insets(8));
    }

    /** A card that only tells: a bold headline and a wrapping line of detail below it. */
    static Node summary(String headline, String detail) {
        var top = new Label(headline);
        top.setStyle("-fx-font-weight: bold;");
        top.setWrapText(true);
        var lines = new VBox(2, top);
        if (detail != null && !detail.isBlank()) {
            var below = new Label(detail);
            below.setWrapText(true);
            lines.getChildren().add(below);
        }
        return lines;
    }

    /** Each card gets an Open button (and opens on double-click) selecting the element it stands for. */
    ItemCards<T> onOpen(Consumer<T> open) {
        this.open = open;
        return this;
    }

    /** Each card gets a Remove button labelled with the text (its id: the list id, "-remove-" and the index). */
    ItemCards<T> removable(String removeText, Consumer<T> remove) {
        this.removeText = removeText;
        this.remove = remove;
        return this;
    }

    /** Drops the outer padding, for a list inside another section (a forward action's target groups). */
    ItemCards<T> nested() {
        box.setPadding(new Insets(4, 0, 0, 0));
        return this;
    }

    /** The controls below the cards that add an item. */
    ItemCards<T> withAdd(Node... addControls) {
        var actions = new FlowPane(6, 6, addControls);
        actions.setAlignment(Pos.CENTER_LEFT);
        // Wraps to the inspector's width rather than asking for the 400 pixels a flow pane prefers.
        actions.setPrefWrapLength(200);
        actions.setMinWidth(0);
        box.getChildren().add(actions);
        return this;
    }

    Node node() {
        cards.getChildren().clear();
        if (items.isEmpty()) {
            var none = new Label("none yet");
            none.setStyle("-fx-opacity: 0.7;");
            cards.getChildren().add(none);
        }
        for (int i = 0; i < items.size(); i++) {
            cards.getChildren().add(card(items.get(i), i));
        }
        return box;
    }

    private Node card(T item, int index) {
        var body = content.apply(item, index);
        HBox.setHgrow(body, Priority.ALWAYS);
        var buttons = new HBox(4);
        buttons.setAlignment(Pos.TOP_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        if (open != null) {
            var openButton = new Button("Open");
            openButton.setId(id + "-open-" + index);
            openButton.setTooltip(new Tooltip("Select it to edit all its properties"));
            openButton.setOnAction(e -> open.accept(item));
            openButton.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(openButton);
        }
        if (remove != null) {
            var removeButton = new Button("✕");
            removeButton.setId(id + "-remove-" + index);
            removeButton.setTooltip(new Tooltip(removeText));
            removeButton.setAccessibleText(removeText);
            removeButton.setOnAction(e -> remove.accept(item));
            removeButton.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(removeButton);
        }
        var card = new HBox(8, body, buttons);
        card.setId(id + "-" + index);
        card.getStyleClass().add(CARD);
        card.setPadding(new Insets(6, 8, 6, 8));
        card.setStyle("-fx-border-color: -color-border-default; -fx-background-color: -color-bg-subtle;"
                + " -fx-border-radius: 4; -fx-background-radius: 4;");
        if (open != null) {
            card.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    open.accept(item);
                }
            });
        }
        return card;
    }
}
