package com.balancerstudio.ui.menus;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The keyboard shortcuts: those of the menus read from the menus themselves (so they never drift), and beside them
 * the keys and gestures no menu item carries, for the canvas and the simulation.
 */
final class ShortcutsDialog {
    /** A key or gesture and what it does. */
    record Shortcut(String keys, String does) {
    }

    private ShortcutsDialog() {
    }

    static void show(Window owner, MenuBar bar) {
        var menus = grid("shortcuts-menus");
        int row = 0;
        for (var menu : bar.getMenus()) {
            var items = items(menu).stream().filter(item -> item.getAccelerator() != null).toList();
            if (items.isEmpty()) {
                continue;
            }
            row = heading(menus, row, menu.getText());
            for (var item : items) {
                row = add(menus, row, new Shortcut(item.getAccelerator().getDisplayText(), plain(item.getText())));
            }
        }
        var others = grid("shortcuts-others");
        row = heading(others, 0, "Canvas");
        for (var shortcut : canvas()) {
            row = add(others, row, shortcut);
        }
        row = heading(others, row, "Simulation");
        for (var shortcut : simulation()) {
            row = add(others, row, shortcut);
        }
        var content = new HBox(40, menus, others);
        content.setAlignment(Pos.TOP_LEFT);
        var alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setGraphic(null);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.show();
    }

    /** What the canvas and the window answer to besides the menus' accelerators. */
    static List<Shortcut> canvas() {
        var ctrl = shortcutKey();
        return List.of(
                new Shortcut("Arrow keys", "Move the selection (Shift: by 10)"),
                new Shortcut("Backspace", "Delete the selection"),
                new Shortcut("Esc", "Cancel the drag, or clear the selection"),
                new Shortcut(ctrl + "Y", "Redo"),
                new Shortcut("Shift+click", "Add to or take from the selection"),
                new Shortcut("Double-click", "Rename in place"),
                new Shortcut("Alt+drag", "Connect from an element"),
                new Shortcut("Space+drag, middle drag", "Pan"),
                new Shortcut(ctrl + "wheel", "Zoom at the pointer"),
                new Shortcut("Esc (presenting)", "Leave presentation mode"));
    }

    /** The simulation bar's keys. */
    static List<Shortcut> simulation() {
        var ctrl = shortcutKey();
        return List.of(
                new Shortcut("F8", "Play or pause"),
                new Shortcut("F9", "Step one simulated second"),
                new Shortcut("Shift+F8", "Reset"),
                new Shortcut(ctrl + "]", "Faster"),
                new Shortcut(ctrl + "[", "Slower"));
    }

    private static GridPane grid(String id) {
        var grid = new GridPane();
        grid.setId(id);
        grid.setHgap(20);
        grid.setVgap(3);
        return grid;
    }

    private static int heading(GridPane grid, int row, String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        if (row > 0) {
            label.setPadding(new Insets(8, 0, 0, 0));
        }
        grid.add(label, 0, row, 2, 1);
        return row + 1;
    }

    private static int add(GridPane grid, int row, Shortcut shortcut) {
        var keys = new Label(shortcut.keys());
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        var does = new Label(shortcut.does());
        // Whole words and keys: the dialog grows to fit them rather than cutting them short.
        keys.setMinWidth(Region.USE_PREF_SIZE);
        does.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, keys, does);
        return row + 1;
    }

    /** The item's text without the trailing dots of items that ask something first. */
    private static String plain(String text) {
        return text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<MenuItem> items(Menu menu) {
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
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac") ? "⌘" : "Ctrl+";
    }
}
