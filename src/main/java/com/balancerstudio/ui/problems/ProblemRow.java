package com.balancerstudio.ui.problems;

import com.balancerstudio.rules.Finding;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

/** A row of the problems list: the full text as a tooltip, and "Apply quick fix" in its context menu when it has one. */
final class ProblemRow extends TableRow<Finding> {
    private final Consumer<Finding> fix;

    ProblemRow(Consumer<Finding> fix) {
        this.fix = fix;
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
        if (finding.quickFixEdit().isPresent()) {
            var apply = new MenuItem("Apply quick fix");
            apply.setOnAction(e -> fix.accept(finding));
            setContextMenu(new ContextMenu(apply));
        } else {
            setContextMenu(null);
        }
    }
}
