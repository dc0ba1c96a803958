package com.balancerstudio.ui.menus;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Shorthand for menu items with an id, an accelerator and an action. */
final class Items {
    private Items() {
    }

    static MenuItem item(String id, String text, String accelerator, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
