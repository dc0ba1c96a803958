package com.balancerstudio.ui.menus;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Presentation mode for classrooms: full screen, larger fonts, side panels hidden; Escape or leaving full screen
 * returns to the normal layout.
 */
public final class PresentationMode {
    private final BooleanProperty on = new SimpleBooleanProperty(false);

    /** {@code showPanels} shows or hides the palette, inspector and problems of the window. */
    public PresentationMode(Stage stage, Parent frame, Consumer<Boolean> showPanels) {
        on.addListener((o, was, now) -> {
            showPanels.accept(!now);
            frame.setStyle(now ? "-fx-font-size: 18px;" : "");
            if (now) {
                stage.setFullScreenExitHint("Press Esc to leave presentation mode");
            }
            stage.setFullScreen(now);
        });
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full) {
                on.set(false);
            }
        });
        frame.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && on.get()) {
                on.set(false);
                e.consume();
            }
        });
    }

    public BooleanProperty onProperty() {
        return on;
    }
}
