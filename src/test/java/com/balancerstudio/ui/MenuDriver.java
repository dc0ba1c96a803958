package com.balancerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chooses a menu item the way a keyboard user does: opens the menu with the mouse, then arrow keys and Enter (the
 * headless robot does not deliver clicks to menu popups). Fails when the item is missing or disabled.
 */
final class MenuDriver {
    private MenuDriver() {
    }

    static void choose(FxRobot robot, String menuText, String itemText) {
        var bar = robot.lookup("#menus").queryAs(MenuBar.class);
        var menu = bar.getMenus().stream().filter(m -> m.getText().equals(menuText)).findFirst().orElseThrow();
        int downs = 0;
        boolean found = false;
        for (var item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            downs++;
            if (itemText.equals(item.getText())) {
                found = !item.isDisable();
                break;
            }
        }
        assertThat(found).as("an enabled item '%s' in the %s menu", itemText, menuText).isTrue();
        robot.clickOn(menuText);
        for (int i = 0; i < downs; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
