package com.balancerstudio.ui.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The canvas's keys: Delete/Backspace, arrows nudge (shift: by 10), F2 renames, Escape cancels the gesture or clears
 * the selection, space held pans, and the shortcut keys for copy, cut, paste, duplicate, select all and zoom.
 */
final class CanvasKeys {
    private final DesignerCanvas owner;
    private final CanvasCommands commands;

    CanvasKeys(DesignerCanvas owner, CanvasCommands commands) {
        this.owner = owner;
        this.commands = commands;
    }

    void install(Region region) {
        region.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        region.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                owner.setSpaceDown(false);
                e.consume();
            }
        });
    }

    private void pressed(KeyEvent e) {
        if (owner.isRenaming() || e.isConsumed()) {
            return;
        }
        if (e.isShortcutDown()) {
            if (shortcut(e.getCode())) {
                e.consume();
            }
            return;
        }
        double step = e.isShiftDown() ? 10 : 1;
        switch (e.getCode()) {
            case SPACE -> owner.setSpaceDown(true);
            case ESCAPE -> {
                if (!owner.cancelTool()) {
                    owner.workspace().selection().clear();
                }
            }
            case DELETE, BACK_SPACE -> commands.delete();
            case LEFT -> commands.nudge(-step, 0);
            case RIGHT -> commands.nudge(step, 0);
            case UP -> commands.nudge(0, -step);
            case DOWN -> commands.nudge(0, step);
            case F2 -> owner.renameSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private boolean shortcut(KeyCode code) {
        switch (code) {
            case C -> commands.copy();
            case X -> commands.cut();
            case V -> commands.paste();
            case D -> commands.duplicate();
            case A -> commands.selectAll();
            case EQUALS, PLUS, ADD -> owner.zoomIn();
            case MINUS, SUBTRACT -> owner.zoomOut();
            case DIGIT0, NUMPAD0 -> owner.zoomTo(1);
            default -> {
                return false;
            }
        }
        return true;
    }
}
