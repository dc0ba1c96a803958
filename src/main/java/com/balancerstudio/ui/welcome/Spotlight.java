package com.balancerstudio.ui.welcome;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** Draws the eye to a part of the window: its border blinks in the theme's accent colour for a few seconds. */
public final class Spotlight {
    /** The border while lit; the accent colour is looked up from the theme, so it suits light and dark. */
    static final String LIT = "-fx-border-color: -color-accent-emphasis; -fx-border-width: 3;"
            + " -fx-border-radius: 4;";
    private static final String KEY = Spotlight.class.getName();
    private static final int BLINKS = 3;
    private static final Duration ON = Duration.millis(700);
    private static final Duration OFF = Duration.millis(250);

    private Spotlight() {
    }

    /** Lights the node now and blinks it; its own style comes back at the end. */
    public static void on(Node node) {
        if (node.getProperties().get(KEY) instanceof Timeline running) {
            // Lit again while blinking: restart, keeping the style it had before the first blink.
            running.stop();
        } else {
            node.getProperties().put(KEY + ".style", node.getStyle());
        }
        String own = (String) node.getProperties().get(KEY + ".style");
        var blink = new Timeline();
        var at = Duration.ZERO;
        for (int i = 0; i < BLINKS; i++) {
            blink.getKeyFrames().add(new KeyFrame(at, e -> node.setStyle(own + LIT)));
            at = at.add(ON);
            blink.getKeyFrames().add(new KeyFrame(at, e -> node.setStyle(own)));
            at = at.add(OFF);
        }
        blink.setOnFinished(e -> {
            node.getProperties().remove(KEY);
            node.getProperties().remove(KEY + ".style");
        });
        node.getProperties().put(KEY, blink);
        node.setStyle(own + LIT);
        blink.play();
    }

    /** Whether the node is lit right now. */
    public static boolean isLit(Node node) {
        return node.getStyle() != null && node.getStyle().contains(LIT);
    }
}
