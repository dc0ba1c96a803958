package com.balancerstudio.ui;

import com.balancerstudio.model.Design;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.files.FileChoice;
import com.balancerstudio.ui.files.RecentFiles;
import com.balancerstudio.ui.files.RecoveryStore;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A real designer window for tests: the stand-in canvas, private preferences and recovery folder, chosen files. */
final class WindowFixture {
    final Workspace workspace;
    final StandInCanvas canvas;
    final DesignerWindow window;
    final Preferences preferences;
    Path nextFile;

    WindowFixture(Stage stage, Design design, Path recoveryFolder) {
        workspace = new Workspace(RuleRunner.core(), design, null);
        canvas = new StandInCanvas(workspace);
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
        });
        window.install(1200, 760);
        stage.show();
    }

    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }
}
