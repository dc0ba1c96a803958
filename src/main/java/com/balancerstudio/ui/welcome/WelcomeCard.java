package com.balancerstudio.ui.welcome;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The welcome a person sees on the first start, beside the sample design: three things to try, each saying where in
 * the window it is and with a button that shows or does it, and Close. It does not block the window.
 */
public final class WelcomeCard {
    /** The least height of the card: its title and a line, with a scroll bar. */
    private static final double LEAST = 80;
    private final VBox root = new VBox(8);
    private final ScrollPane frame = new ScrollPane(root);

    public WelcomeCard(Guide guide, Runnable close) {
        frame.setId("welcome");
        frame.setFitToWidth(true);
        frame.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        frame.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        frame.setStyle("-fx-background-color: transparent;");
        // As tall as the card at the width it is given; shorter (with a scroll bar) only when the column is, as while
        // the simulation's charts take the bottom of the window.
        frame.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> root.prefHeight(frame.getViewportBounds().getWidth()) + 2, frame.viewportBoundsProperty()));

        root.setPadding(new Insets(10, 8, 10, 8));
        root.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-accent-muted;"
                + " -fx-border-width: 1 1 1 4; -fx-background-radius: 6; -fx-border-radius: 6;");

        var title = new Label("Welcome to Balancer Studio");
        title.setStyle("-fx-font-size: 1.05em; -fx-font-weight: bold;");
        var closeButton = new Button("✕");
        closeButton.setId("welcome-close");
        closeButton.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        closeButton.setTooltip(new Tooltip("Close (Help › Getting Started shows it again)"));
        closeButton.setMinWidth(Region.USE_PREF_SIZE);
        closeButton.setOnAction(e -> close.run());
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var top = new HBox(8, title, gap, closeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        var intro = wrapped("Three things to try on this sample:");
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        var showPalette = button("welcome-show-palette", "Show me", guide::showPalette);
        var showProblems = button("welcome-show-problems", "Show me", guide::showProblems);
        var play = button("welcome-play", "▶ Play", guide::play);
        play.disableProperty().bind(guide.cannotPlay());
        var again = wrapped("Help › Getting Started shows this again.");
        again.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        root.getChildren().addAll(new VBox(2, top, intro),
                step(1, "Drag from the palette", showPalette,
                        "Drag a NAT gateway from the palette on the left into a public subnet."),
                step(2, "Look at the problems", showProblems,
                        "The Problems tab below the diagram says what AWS would reject."),
                step(3, "Press Play", play,
                        "▶ Play, at the left of the simulation bar, sends traffic through it."),
                again);
    }

    public Node node() {
        return frame;
    }

    /**
     * Takes the height the card needs in a column of the given height, but leaves {@code below} pixels to what is
     * under it; in a shorter column (while the simulation's charts take the bottom of the window) the card scrolls.
     */
    public void leaveRoomBelow(ReadOnlyDoubleProperty columnHeight, double below) {
        frame.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(frame.getPrefViewportHeight() + 2, Math.max(LEAST, columnHeight.get() - below)),
                columnHeight, frame.prefViewportHeightProperty()));
    }

    /** A numbered step: its name and button on one line, the sentence saying where it is below. */
    private static Node step(int number, String name, Button action, String where) {
        var badge = new Label(Integer.toString(number));
        badge.setMinSize(20, 20);
        badge.setMaxSize(20, 20);
        badge.setAlignment(Pos.CENTER);
        badge.setStyle("-fx-background-color: -color-accent-emphasis; -fx-text-fill: -color-fg-emphasis;"
                + " -fx-background-radius: 10; -fx-font-weight: bold;");
        var heading = new Label(name);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var top = new HBox(6, badge, heading, gap, action);
        top.setAlignment(Pos.CENTER_LEFT);
        var text = wrapped(where);
        text.setPadding(new Insets(0, 0, 0, 26));
        var step = new VBox(0, top, text);
        step.setId("welcome-step-" + number);
        return step;
    }

    private static Button button(String id, String text, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED, Styles.ACCENT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label wrapped(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
