package com.balancerstudio.ui.menus;

import static com.balancerstudio.ui.menus.Items.item;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** View: zoom, light or dark theme, presentation mode. */
final class ViewMenu {
    private ViewMenu() {
    }

    static Menu of(Commands c) {
        var canvas = c.canvas();
        var light = new RadioMenuItem("Light theme");
        light.setId("menu-light");
        var dark = new RadioMenuItem("Dark theme");
        dark.setId("menu-dark");
        var themes = new ToggleGroup();
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(!c.theme().darkProperty().get());
        dark.setSelected(c.theme().darkProperty().get());
        dark.selectedProperty().bindBidirectional(c.theme().darkProperty());
        light.setOnAction(e -> c.theme().darkProperty().set(false));
        var presentation = new CheckMenuItem("Presentation mode");
        presentation.setId("menu-presentation");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.selectedProperty().bindBidirectional(c.presentation().onProperty());
        var menu = new Menu("View", null,
                item("menu-zoom-in", "Zoom In", "Shortcut+Equals", canvas::zoomIn),
                item("menu-zoom-out", "Zoom Out", "Shortcut+Minus", canvas::zoomOut),
                item("menu-zoom-100", "Zoom to 100%", "Shortcut+0", () -> canvas.zoomTo(1)),
                item("menu-zoom-fit", "Zoom to Fit", "Shortcut+Shift+1", canvas::zoomToFit),
                new SeparatorMenuItem(), light, dark,
                new SeparatorMenuItem(), presentation);
        menu.setId("menu-view");
        return menu;
    }
}
