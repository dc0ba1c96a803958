package com.balancerstudio.ui.menus;

import com.balancerstudio.ui.CanvasActions;
import com.balancerstudio.ui.Workspace;
import com.balancerstudio.ui.files.DesignFiles;
import javafx.stage.Stage;

/**
 * What the menus and the toolbar act on: the window, its workspace, canvas, files, theme, presentation mode and the
 * welcome ({@code gettingStarted} shows it).
 */
public record Commands(Stage stage, Workspace workspace, CanvasActions canvas, DesignFiles files, ThemeSwitch theme,
                       PresentationMode presentation, Runnable gettingStarted) {
    /** Asks the window to close, as its close button does (so unsaved changes are asked about). */
    public void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
