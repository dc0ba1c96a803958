package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The right-click menu of an element on the canvas: the quick fixes of the findings about it (or about the listeners
 * and rules it holds) first, each applied as one edit, then rename, duplicate and delete. Right-clicking an element that is not selected selects it alone.
 */
final class ElementContextMenu {
    private final DesignerCanvas canvas;
    private final ContextMenu menu = new ContextMenu();
    private Function<ElementId, List<MenuItem>> extraItems = id -> List.of();

    ElementContextMenu(DesignerCanvas canvas) {
        this.canvas = canvas;
        menu.setId("element-menu");
    }

    ContextMenu menu() {
        return menu;
    }

    /** Items others add for an element (the simulation's faults on a target), after the canvas's own. */
    void setExtraItems(Function<ElementId, List<MenuItem>> items) {
        extraItems = Objects.requireNonNull(items, "items");
    }

    /** Opens on a secondary-button release, and on the keyboard's menu key (its own context-menu request). */
    void install(javafx.scene.Node target) {
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                show(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        target.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                show(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private void show(double x, double y, double screenX, double screenY) {
        menu.hide();
        var workspace = canvas.workspace();
        var id = canvas.hits().at(canvas.viewport().toDesign(x, y));
        if (id == null) {
            return;
        }
        if (!workspace.selection().contains(id)) {
            workspace.select(Set.of(id));
        }
        menu.getItems().setAll(fixes(id));
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(item("Rename", canvas::renameSelection), item("Duplicate", canvas::duplicate),
                item("Delete", canvas::deleteSelection));
        var extra = extraItems.apply(id);
        if (!extra.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(extra);
        }
        menu.show(canvas, screenX, screenY);
    }

    private java.util.List<MenuItem> fixes(ElementId id) {
        var workspace = canvas.workspace();
        var design = workspace.design();
        return workspace.findingsProperty().get().stream()
                .filter(f -> f.quickFix() != null && f.primaryElement() != null)
                .filter(f -> id.equals(drawnOwner(design, f.primaryElement())))
                .map(f -> item("Fix " + f.ruleId() + ": " + f.quickFix().label(), () -> apply(f)))
                .toList();
    }

    /**
     * The element a finding shows on: its own, or for what is not drawn (a listener, a listener rule) the nearest
     * container that is, so a listener's fix is offered on its load balancer.
     */
    private static ElementId drawnOwner(Design design, ElementId id) {
        for (var element = design.get(id); element != null; element = design.get(element.parent())) {
            if (element.bounds().width() > 0 && element.bounds().height() > 0) {
                return element.id();
            }
        }
        return null;
    }

    private void apply(Finding finding) {
        canvas.workspace().apply(finding.quickFix());
    }

    private static MenuItem item(String text, Runnable action) {
        var item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
