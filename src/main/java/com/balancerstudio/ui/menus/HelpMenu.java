package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import java.util.ArrayList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** Help: the keyboard shortcuts (read from the menus themselves, so the list never drifts) and About. */
final class HelpMenu {
    private HelpMenu() {
    }

    static Menu of(Stage stage, MenuBar bar) {
        var menu = new Menu("Help", null,
                item("menu-shortcuts", "Keyboard Shortcuts", "F1", () -> shortcuts(stage, bar)),
                new SeparatorMenuItem(),
                item("menu-about", "About Balancer Studio", null, () -> about(stage)));
        menu.setId("menu-help");
        return menu;
    }

    private static void shortcuts(Stage stage, MenuBar bar) {
        var grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (var menu : bar.getMenus()) {
            for (var item : items(menu)) {
                if (item.getAccelerator() != null) {
                    grid.addRow(row++, new Label(item.getAccelerator().getDisplayText()),
                            new Label(menu.getText() + " › " + item.getText()));
                }
            }
        }
        grid.addRow(row++, new Label(shortcutKey() + "Y"), new Label("Edit › Redo"));
        grid.addRow(row, new Label("Esc"), new Label("Leave presentation mode"));
        var alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private static java.util.List<MenuItem> items(Menu menu) {
        var all = new ArrayList<MenuItem>();
        for (var item : menu.getItems()) {
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            } else {
                all.add(item);
            }
        }
        return all;
    }

    private static String shortcutKey() {
        return System.getProperty("os.name", "").toLowerCase().contains("mac") ? "⌘" : "Ctrl+";
    }

    private static void about(Stage stage) {
        var alert = new Alert(Alert.AlertType.INFORMATION,
                "Design AWS load-balanced topologies, see what AWS would reject while you draw, and export them.\n\n"
                        + "Java " + System.getProperty("java.version") + " · JavaFX "
                        + System.getProperty("javafx.runtime.version", "?"), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("About Balancer Studio");
        alert.setHeaderText("Balancer Studio " + version());
        alert.show();
    }

    private static String version() {
        var version = HelpMenu.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }
}
