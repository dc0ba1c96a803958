package com.balancerstudio.ui.files;

import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.ui.Workspace;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Every few seconds, keeps a dirty design in the recovery store (only when it changed since the last copy). */
public final class Autosave {
    private final Workspace workspace;
    private final RecoveryStore recovery;
    private final Timeline timeline;
    private Design kept;

    public Autosave(Workspace workspace, RecoveryStore recovery, Duration every) {
        this.workspace = workspace;
        this.recovery = recovery;
        this.timeline = new Timeline(new KeyFrame(every, e -> keepIfDirty()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Writes the recovery copy now if the design has unsaved changes not yet kept. */
    public void keepIfDirty() {
        var design = workspace.design();
        if (!workspace.dirtyProperty().get()) {
            kept = null;
            return;
        }
        if (design.equals(kept)) {
            return;
        }
        try {
            recovery.keep(design, workspace.fileProperty().get());
            kept = design;
        } catch (DesignFileException e) {
            workspace.say("Autosave failed: " + e.getMessage());
        }
    }
}
