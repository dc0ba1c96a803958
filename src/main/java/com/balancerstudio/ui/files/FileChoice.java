package com.balancerstudio.ui.files;

import com.balancerstudio.io.DesignFile;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the person picks a design file to open, a place to save or export to; null when they cancel. */
public interface FileChoice {
    Path toOpen(Window owner);

    Path toSave(Window owner, String suggestedName);

    /** A file to export to; {@code extension} is ".png", ".svg" or ".drawio". */
    Path toExport(Window owner, String suggestedName, String extension);

    /** A folder to export files into (the Terraform configuration). */
    Path toFolder(Window owner, String title);

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
            public Path toFolder(Window owner, String title) {
                var chooser = new DirectoryChooser();
                chooser.setTitle(title);
                File folder = chooser.showDialog(owner);
                return folder == null ? null : folder.toPath();
            }

            @Override
            public Path toExport(Window owner, String suggestedName, String extension) {
                var chooser = new FileChooser();
                var kind = extension.equals(".drawio") ? "draw.io diagrams"
                        : extension.substring(1).toUpperCase(java.util.Locale.ROOT) + " images";
                chooser.setTitle("Export " + kind);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
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
