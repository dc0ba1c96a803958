package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import com.balancerstudio.export.drawio.DrawioExport;
import com.balancerstudio.export.terraform.TerraformFolder;
import com.balancerstudio.io.AtomicWrite;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.ui.files.Dialogs;
import com.balancerstudio.ui.files.FileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;

/**
 * File › Export draw.io… and Export Terraform…: the same exports as the command line's {@code export}, with its
 * refusal of a design AWS would reject turned into a question.
 */
final class ConfigurationExports {
    private ConfigurationExports() {
    }

    static List<MenuItem> of(Commands c) {
        return List.of(
                item("menu-export-drawio", "Export draw.io…", null, () -> drawio(c)),
                item("menu-export-terraform", "Export Terraform…", null, () -> terraform(c)));
    }

    private static void drawio(Commands c) {
        var design = c.workspace().design();
        if (design.size() == 0) {
            c.workspace().say("Nothing to export: the design is empty");
            return;
        }
        var file = c.files().choice().toExport(c.stage(), FileNames.suggested(design, ".drawio"), ".drawio");
        if (file == null) {
            return;
        }
        var diagram = DrawioExport.of(design);
        try {
            AtomicWrite.replaceWithoutBackup(file, diagram.xml().getBytes(StandardCharsets.UTF_8));
            c.workspace().say("Exported " + file.getFileName() + " (" + diagram.shapes() + " shapes, "
                    + diagram.connectors() + " connectors)");
        } catch (IOException e) {
            Dialogs.error(c.stage(), "The diagram was not exported", e.getMessage());
        }
    }

    private static void terraform(Commands c) {
        var design = c.workspace().design();
        if (design.size() == 0) {
            c.workspace().say("Nothing to export: the design is empty");
            return;
        }
        int errors = (int) c.workspace().findingsProperty().get().stream()
                .filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0 && !Dialogs.exportDespiteErrors(c.stage(), "terraform apply", errors)) {
            return;
        }
        Path folder = c.files().choice().toFolder(c.stage(), "Export Terraform into a folder");
        if (folder == null) {
            return;
        }
        try {
            var result = TerraformFolder.write(design, folder);
            c.workspace().say("Exported " + result.written().size() + " Terraform files to " + folder.getFileName());
            Dialogs.information(c.stage(), "Terraform configuration written",
                    String.join("\n", result.report(folder)));
        } catch (IOException e) {
            Dialogs.error(c.stage(), "The Terraform configuration was not exported", e.getMessage());
        }
    }
}
