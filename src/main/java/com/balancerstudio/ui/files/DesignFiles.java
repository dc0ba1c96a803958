package com.balancerstudio.ui.files;

import com.balancerstudio.importing.terraform.TerraformImport;
import com.balancerstudio.importing.terraform.TerraformImportException;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.ui.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The file commands of the window (new, open, save, save as, close) over the workspace: each asks about unsaved
 * changes first, reports a file that cannot be read or written with the reason, and never loses the open design.
 */
public final class DesignFiles {
    private final Workspace workspace;
    private final Supplier<Window> owner;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private FileChoice choice = FileChoice.system();

    public DesignFiles(Workspace workspace, Supplier<Window> owner, RecentFiles recent, RecoveryStore recovery) {
        this.workspace = workspace;
        this.owner = owner;
        this.recent = recent;
        this.recovery = recovery;
    }

    /** Replaces the system file chooser (tests choose files without a native dialog). */
    public void setFileChoice(FileChoice choice) {
        this.choice = choice;
    }

    public FileChoice choice() {
        return choice;
    }

    public RecentFiles recent() {
        return recent;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    public void newDesign() {
        if (mayDiscardChanges()) {
            workspace.open(Design.empty("Untitled design"), null);
            recovery.discard();
        }
    }

    /** Starts a new, unsaved design from a bundled sample. */
    public void newFromSample(String fileName) {
        if (!mayDiscardChanges()) {
            return;
        }
        try {
            workspace.open(BundledSamples.read(fileName), null);
            recovery.discard();
        } catch (IOException | DesignFileException e) {
            Dialogs.error(owner.get(), "The sample cannot be opened", e.getMessage());
        }
    }

    public void openChosen() {
        if (mayDiscardChanges()) {
            var file = choice.toOpen(owner.get());
            if (file != null) {
                read(file);
            }
        }
    }

    /**
     * File › Import Terraform…: reads the configuration in a chosen folder into a new, unsaved design, and says what
     * was left out; a configuration that cannot be read leaves the open design as it was and says where and why.
     */
    public void importTerraform() {
        if (!mayDiscardChanges()) {
            return;
        }
        var folder = choice.toFolder(owner.get(), "Import the Terraform configuration in a folder");
        if (folder == null) {
            return;
        }
        TerraformImport.Result result;
        try {
            result = TerraformImport.read(folder);
        } catch (TerraformImportException e) {
            Dialogs.error(owner.get(), "This configuration cannot be imported", e.getMessage());
            return;
        }
        workspace.open(result.design(), null);
        recovery.discard();
        workspace.say("Imported " + result.design().size() + " elements from " + folder.getFileName());
        if (!result.notes().isEmpty()) {
            Dialogs.information(owner.get(), "Imported, with " + result.notes().size() + " thing"
                    + (result.notes().size() == 1 ? "" : "s") + " left out",
                    String.join("\n", result.notes().stream().map(n -> "• " + n).toList()));
        }
    }

    /** Opens the file after asking about unsaved changes. */
    public void open(Path file) {
        if (mayDiscardChanges()) {
            read(file);
        }
    }

    /** Opens the file without asking; one that cannot be read leaves the open design as it was and says why. */
    public boolean read(Path file) {
        try {
            workspace.open(DesignFile.read(file), file);
            recent.add(file);
            recovery.discard();
            return true;
        } catch (DesignFileException e) {
            Dialogs.error(owner.get(), "This design cannot be opened", e.getMessage());
            return false;
        }
    }

    /** Saves to the design's file, or asks where when it has none. Returns whether it was saved. */
    public boolean save() {
        var file = workspace.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        var file = choice.toSave(owner.get(), suggestedName());
        return file != null && saveTo(file);
    }

    /** Writes the design to the file; a failure says why and keeps the design open with its unsaved changes. */
    public boolean saveTo(Path file) {
        try {
            DesignFile.write(workspace.design(), file);
        } catch (DesignFileException e) {
            Dialogs.error(owner.get(), "The design was not saved", e.getMessage());
            return false;
        }
        workspace.saved(file);
        recent.add(file);
        recovery.discard();
        return true;
    }

    /** Whether the window may close: asks about unsaved changes and, when it closes, removes the recovery copy. */
    public boolean close() {
        if (!mayDiscardChanges()) {
            return false;
        }
        recovery.discard();
        return true;
    }

    /** Asks Save / Don't save / Cancel when there are unsaved changes; true when the caller may go on. */
    public boolean mayDiscardChanges() {
        if (!workspace.dirtyProperty().get()) {
            return true;
        }
        var answer = Dialogs.unsavedChanges(owner.get(), workspace.design().name());
        if (answer == Dialogs.SAVE) {
            return save();
        }
        return answer == Dialogs.DONT_SAVE;
    }

    private String suggestedName() {
        var file = workspace.fileProperty().get();
        if (file != null) {
            return file.getFileName().toString();
        }
        return FileNames.suggested(workspace.design(), DesignFile.EXTENSION);
    }
}
