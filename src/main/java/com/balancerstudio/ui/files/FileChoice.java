package com.balancerstudio.ui.files;

import com.balancerstudio.io.DesignFile;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the person picks a design file to open or a place to save one; null when they cancel. */
public interface FileChoice {
    Path toOpen(Window owner);

    Path toSave(Window owner, String suggestedName);

    /** The system file chooser, filtered to design files. */
    static FileChoice system() {
        return new FileChoice() {
            @Override
            public Path toOpen(Window owner) {
                var file = chooser("Open design", null).showOpenDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path toSave(Window owner, String suggestedName) {
                File file = chooser("Save design", suggestedName).showSaveDialog(owner);
                if (file == null) {
                    return null;
                }
                var name = file.getName();
                return name.endsWith(DesignFile.EXTENSION) ? file.toPath()
                        : file.toPath().resolveSibling(name.replaceFirst("\\.json$", "") + DesignFile.EXTENSION);
            }
        };
    }

    private static FileChooser chooser(String title, String suggestedName) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Balancer Studio designs",
                "*" + DesignFile.EXTENSION));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }
}
