package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;

/** Help: the welcome again (Getting Started), the keyboard shortcuts and About. */
final class HelpMenu {
    private HelpMenu() {
    }

    static Menu of(Commands c, MenuBar bar) {
        var menu = new Menu("Help", null,
                item("menu-getting-started", "Getting Started", null, c.gettingStarted()),
                item("menu-shortcuts", "Keyboard Shortcuts", "F1", () -> ShortcutsDialog.show(c.stage(), bar)),
                new SeparatorMenuItem(),
                item("menu-about", "About Balancer Studio", null,
                        () -> AboutDialog.show(c.stage(), c.files().recovery().folder())));
        menu.setId("menu-help");
        return menu;
    }
}
