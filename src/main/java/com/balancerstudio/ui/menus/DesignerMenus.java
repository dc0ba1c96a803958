package com.balancerstudio.ui.menus;

import javafx.scene.control.MenuBar;

/** The menu bar of the designer window: File, Edit, View, Help. */
public final class DesignerMenus {
    private DesignerMenus() {
    }

    public static MenuBar of(Commands commands) {
        var bar = new MenuBar();
        bar.setId("menus");
        bar.getMenus().addAll(FileMenu.of(commands), EditMenu.of(commands), ViewMenu.of(commands));
        bar.getMenus().add(HelpMenu.of(commands, bar));
        return bar;
    }
}
