package com.balancerstudio.ui.files;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.ui.Workspace;
import java.nio.file.Files;
import javafx.stage.Window;

/** At start, offers the design a previous run left unsaved: Recover opens it with its changes unsaved, Discard drops it. */
public final class RecoveryOffer {
    private RecoveryOffer() {
    }

    /** Asks when a recovery copy exists; returns whether the recovered design is now open. */
    public static boolean offer(Workspace workspace, RecoveryStore recovery, Window owner) {
        RecoveryStore.Recovered found;
        try {
            var loaded = recovery.load();
            if (loaded.isEmpty()) {
                return false;
            }
            found = loaded.get();
        } catch (DesignFileException e) {
            // Damaged (a disk that filled up, a copy from an older version): say so once, keep it, never offer it again.
            var aside = recovery.setAside();
            Dialogs.error(owner, "The unsaved design cannot be recovered", e.getMessage() + (aside == null ? ""
                    : "\n\nThe damaged copy was kept as " + aside + " and will not be offered again."));
            return false;
        }
        var answer = Dialogs.offerRecovery(owner, found.design().name());
        if (answer.isEmpty() || answer.get() != Dialogs.RECOVER) {
            recovery.discard();
            return false;
        }
        var origin = found.origin();
        var saved = Design.empty(found.design().name());
        if (origin != null && Files.isRegularFile(origin)) {
            try {
                saved = DesignFile.read(origin);
            } catch (DesignFileException e) {
                origin = null;
            }
        } else {
            origin = null;
        }
        workspace.open(saved, origin);
        workspace.apply(RecoveryEdit.between(saved, found.design()));
        workspace.say("Recovered the unsaved changes of \"" + found.design().name() + "\"");
        return true;
    }
}
