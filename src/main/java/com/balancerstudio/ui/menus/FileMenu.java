package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.ui.files.BundledSamples;
import java.io.IOException;
import java.nio.file.Files;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** File: New, New from template, Open, Open Recent, Import Terraform, Save, Save As, Export PNG, SVG, draw.io and Terraform, Quit. */
final class FileMenu {
    private FileMenu() {
    }

    static Menu of(Commands c) {
        var files = c.files();
        var templates = new Menu("New from template");
        templates.setId("menu-new-from-template");
        for (var sample : BundledSamples.FILES) {
            templates.getItems().add(item("sample-" + sample.replace(".balancer.json", ""),
                    sample.replace(".balancer.json", ""), null, () -> files.newFromSample(sample)));
        }
        nameSamplesLater(templates);
        var recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> fillRecent(recent, c));
        var exports = ExportItems.of(c);
        var configurations = ConfigurationExports.of(c);
        var menu = new Menu("File", null,
                item("menu-new", "New", "Shortcut+N", files::newDesign),
                templates,
                item("menu-open", "Open…", "Shortcut+O", files::openChosen),
                recent,
                item("menu-import-terraform", "Import Terraform…", null, files::importTerraform),
                new SeparatorMenuItem(),
                item("menu-save", "Save", "Shortcut+S", files::save),
                item("menu-save-as", "Save As…", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                exports.get(0),
                exports.get(1),
                configurations.get(0),
                configurations.get(1),
                new SeparatorMenuItem(),
                item("menu-quit", "Quit", "Shortcut+Q", c::quit));
        menu.setId("menu-file");
        return menu;
    }

    private static void fillRecent(Menu recent, Commands c) {
        recent.getItems().clear();
        var list = c.files().recent().list();
        if (list.isEmpty()) {
            var none = new MenuItem("No recent designs");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (var file : list) {
            var parent = file.getParent();
            var item = new MenuItem(file.getFileName() + (parent == null ? "" : "  —  " + parent));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (!Files.isRegularFile(file)) {
                    c.files().recent().remove(file);
                    c.workspace().say(file + " no longer exists; it was removed from the recent designs");
                    return;
                }
                c.files().open(file);
            });
            recent.getItems().add(item);
        }
    }

    /**
     * Replaces the file names by the names of the designs inside, read off the UI thread so that reading every sample
     * does not delay the first window.
     */
    private static void nameSamplesLater(Menu templates) {
        var reader = new Thread(() -> {
            var names = BundledSamples.FILES.stream().map(FileMenu::sampleName).toList();
            Platform.runLater(() -> {
                for (int i = 0; i < names.size(); i++) {
                    templates.getItems().get(i).setText(names.get(i));
                }
            });
        }, "sample-names");
        reader.setDaemon(true);
        reader.start();
    }

    /** The name of the design inside the sample, or its file name if it cannot be read. */
    private static String sampleName(String fileName) {
        try {
            return BundledSamples.read(fileName).name();
        } catch (IOException | DesignFileException e) {
            return fileName;
        }
    }
}
