package com.balancerstudio.ui.problems;

import com.balancerstudio.rules.Finding;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

/**
 * A row of the problems list: the full text as a tooltip; in its context menu "Apply quick fix" when it has one, and
 * switching its rule off for the design.
 */
final class ProblemRow extends TableRow<Finding> {
    private final Consumer<Finding> fix;
    private final Consumer<Finding> switchOff;

    ProblemRow(Consumer<Finding> fix, Consumer<Finding> switchOff) {
        this.fix = fix;
        this.switchOff = switchOff;
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        if (empty || finding == null) {
            setTooltip(null);
            setContextMenu(null);
            return;
        }
        setTooltip(new Tooltip(finding.message() + (finding.fix().isEmpty() ? "" : "\n\nFix: " + finding.fix())));
        var menu = new ContextMenu();
        if (finding.quickFixEdit().isPresent()) {
            var apply = new MenuItem("Apply quick fix");
            apply.setOnAction(e -> fix.accept(finding));
            menu.getItems().add(apply);
        }
        var off = new MenuItem("Switch off " + finding.ruleId() + " for this design…");
        off.setId("switch-off-rule");
        off.setOnAction(e -> switchOff.accept(finding));
        menu.getItems().add(off);
        setContextMenu(menu);
    }
}
