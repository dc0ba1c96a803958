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

    /** A place to export a picture; {@code extension} is ".png" or ".svg". */
    Path toExport(Window owner, String suggestedName, String extension);

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

            @Override
            public Path toExport(Window owner, String suggestedName, String extension) {
                var chooser = new FileChooser();
                chooser.setTitle("Export " + extension.substring(1).toUpperCase(java.util.Locale.ROOT));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        extension.substring(1).toUpperCase(java.util.Locale.ROOT) + " images", "*" + extension));
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return null;
                }
                return file.getName().endsWith(extension) ? file.toPath()
                        : file.toPath().resolveSibling(file.getName() + extension);
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
