package com.balancerstudio.ui.problems;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks why a rule does not apply to this design before switching it off: the reason is saved in the design file, so
 * that whoever reads it later knows (as linters ask for a justification).
 */
final class RuleSwitchDialog {
    private RuleSwitchDialog() {
    }

    /** The reason given, or empty when the person cancels. */
    static Optional<String> ask(Window owner, String ruleId) {
        var dialog = new Dialog<String>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Switch off " + ruleId);
        dialog.setHeaderText("Switch off " + ruleId + " for this design?");
        var reason = new TextField();
        reason.setId("rule-switch-reason");
        reason.setPromptText("e.g. the account has a raised quota; plain HTTP on purpose for this lesson");
        reason.setPrefColumnCount(40);
        var content = new VBox(8, new Label("Why does it not apply here? The reason is saved with the design and "
                + "shown wherever the rule would have spoken."), reason);
        dialog.getDialogPane().setContent(content);
        var switchOff = new ButtonType("Switch off", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(switchOff, ButtonType.CANCEL);
        var button = dialog.getDialogPane().lookupButton(switchOff);
        button.disableProperty().bind(reason.textProperty().map(String::isBlank));
        dialog.setResultConverter(type -> type == switchOff ? reason.getText().strip() : null);
        reason.requestFocus();
        return dialog.showAndWait();
    }
}
