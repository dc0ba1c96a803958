package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Quota;
import com.balancerstudio.model.RuleSwitch;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.ui.Workspace;
import java.util.Arrays;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The design's validation settings, shown when nothing is selected: the rules switched off for it with their
 * reasons (each can be switched back on), and the quotas its AWS account has raised (empty means AWS's default).
 * Each change is one edit.
 */
final class ValidationSettingsSection {
    private ValidationSettingsSection() {
    }

    static Node of(Workspace workspace) {
        var design = workspace.design();
        var rules = new ItemCards<>("Rules switched off", "disabled-rules", design.validation().disabledRules(),
                (RuleSwitch rule, Integer index) -> {
                    var text = new Label(rule.ruleId() + ": " + rule.reason());
                    text.setWrapText(true);
                    var on = new Button("Switch on");
                    on.setId("switch-on-" + rule.ruleId());
                    on.setMinWidth(Region.USE_PREF_SIZE);
                    on.setOnAction(e -> workspace.apply(Edits.switchRuleOn(workspace.design(), rule.ruleId())));
                    HBox.setHgrow(text, Priority.ALWAYS);
                    var card = new HBox(8, text, on);
                    card.setAlignment(Pos.CENTER_LEFT);
                    return card;
                })
                .node();
        var quotas = PropertyForm.grid();
        quotas.setId("account-quotas");
        int row = 0;
        for (var quota : Arrays.stream(Quota.values()).filter(Quotas::isChecked).toList()) {
            var value = design.validation().quotas().get(quota);
            var field = new ValidatedField(value, value == null ? "" : value.toString(),
                    "AWS default: " + Quotas.defaultOf(quota), positiveOrDefault(),
                    v -> workspace.apply(Edits.setQuota(workspace.design(), quota, (Integer) v)));
            field.setId("quota-" + quota.key());
            var label = quota.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + quota.label().substring(1);
            quotas.addRow(row++, PropertyForm.label(label), field);
        }
        var quotasTitle = new Label("Account quotas");
        quotasTitle.setStyle("-fx-font-weight: bold;");
        var hint = new Label("Switch a rule off from its problem's menu. Leave a quota empty for AWS's default.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        // The cards above keep an 8-pixel margin; the quota title and hint line up with their title.
        quotasTitle.setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
        hint.setPadding(new javafx.geometry.Insets(0, 8, 8, 8));
        var box = new VBox(8, rules, quotasTitle, quotas, hint);
        GridPane.setFillWidth(quotas, true);
        return box;
    }

    /** A whole number of at least 1, or empty for AWS's default. */
    private static Function<String, Object> positiveOrDefault() {
        return text -> {
            var trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return null;
            }
            try {
                int value = Integer.parseInt(trimmed);
                if (value < 1) {
                    throw new IllegalArgumentException("a quota is at least 1");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a whole number");
            }
        };
    }
}
