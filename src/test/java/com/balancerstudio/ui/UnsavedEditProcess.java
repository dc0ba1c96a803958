package com.balancerstudio.ui;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.ui.files.Autosave;
import com.balancerstudio.ui.files.RecoveryStore;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * A program for the crash test: opens a design file in a workspace with the window's autosave, makes one edit and
 * leaves it unsaved; says "kept" once the autosave has written the recovery copy, then waits to be killed.
 */
public final class UnsavedEditProcess {
    private UnsavedEditProcess() {
    }

    /** The edit the process makes: renames the web tier's target group. */
    static Edit edit(Design design) {
        return Edits.rename(design, ElementId.of("web-tg"), "renamed-before-the-crash");
    }

    /** Arguments: the design file to open, the recovery folder. */
    public static void main(String[] args) throws Exception {
        var origin = Path.of(args[0]);
        var recovery = new RecoveryStore(Path.of(args[1]));
        var opened = DesignFile.read(origin);
        Platform.startup(() -> {
            var workspace = new Workspace(RuleRunner.core(), opened, origin);
            new Autosave(workspace, recovery, Duration.millis(100)).start();
            workspace.apply(edit(opened));
        });
        while (!recovery.exists()) {
            Thread.sleep(20);
        }
        System.out.println("kept");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
