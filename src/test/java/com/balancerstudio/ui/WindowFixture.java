package com.balancerstudio.ui;

import com.balancerstudio.model.Design;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.files.FileChoice;
import com.balancerstudio.ui.files.RecentFiles;
import com.balancerstudio.ui.files.RecoveryStore;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A real designer window for tests: a canvas (the stand-in, or the real one), private preferences and recovery folder,
 * and files chosen by the test instead of a file dialog.
 */
final class WindowFixture<C extends Node & CanvasActions> {
    final Workspace workspace;
    final C canvas;
    final DesignerWindow window;
    final Preferences preferences;
    Path nextFile;

    /** A window with the stand-in canvas, which records what the window asks of it. */
    static WindowFixture<StandInCanvas> withStandIn(Stage stage, Design design, Path recoveryFolder) {
        return new WindowFixture<>(stage, design, recoveryFolder, StandInCanvas::new, 1200, 760);
    }

    WindowFixture(Stage stage, Design design, Path recoveryFolder, Function<Workspace, C> canvasFactory, double width,
                  double height) {
        workspace = new Workspace(RuleRunner.core(), design, null);
        canvas = canvasFactory.apply(workspace);
        preferences = Preferences.userRoot().node("balancer-studio-tests/" + UUID.randomUUID());
        window = new DesignerWindow(stage, workspace, canvas, canvas, new RecentFiles(preferences, 5),
                new RecoveryStore(recoveryFolder));
        window.files().setFileChoice(new FileChoice() {
            @Override
            public Path toOpen(Window owner) {
                return nextFile;
            }

            @Override
            public Path toSave(Window owner, String suggestedName) {
                return nextFile;
            }

            @Override
            public Path toExport(Window owner, String suggestedName, String extension) {
                return nextFile;
            }

            @Override
            public Path toFolder(Window owner, String title) {
                return nextFile;
            }
        });
        window.install(width, height);
        stage.show();
    }

    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }
}
