package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import com.balancerstudio.ui.files.Dialogs;
import com.balancerstudio.ui.files.PictureExport;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;

/** File › Export PNG… and Export SVG…: options, then where, then the picture drawn by the painter. */
final class ExportItems {
    private ExportItems() {
    }

    static List<MenuItem> of(Commands c) {
        return List.of(
                item("menu-export-png", "Export PNG…", "Shortcut+E", () -> export(c, PictureExport.Format.PNG)),
                item("menu-export-svg", "Export SVG…", "Shortcut+Shift+E", () -> export(c, PictureExport.Format.SVG)));
    }

    private static void export(Commands c, PictureExport.Format format) {
        var design = c.workspace().design();
        if (design.size() == 0) {
            c.workspace().say("Nothing to export: the design is empty");
            return;
        }
        var options = ExportDialog.ask(c.stage(), format, Set.copyOf(c.workspace().selection()),
                c.theme().darkProperty().get());
        if (options.isEmpty()) {
            return;
        }
        var file = c.files().choice().toExport(c.stage(), PictureExport.suggestedName(design, format), format.extension());
        if (file == null) {
            return;
        }
        try {
            PictureExport.write(design, options.get(), format, file);
            c.workspace().say("Exported " + file.getFileName());
        } catch (IOException e) {
            Dialogs.error(c.stage(), "The picture was not exported", e.getMessage());
        }
    }
}
