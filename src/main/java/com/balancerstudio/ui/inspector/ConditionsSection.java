package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/**
 * The conditions of a listener rule, one card each: the request field, the header name of an http-header condition
 * and the values, checked as typed for that field; a row below adds a condition. Each change is one edit.
 */
final class ConditionsSection {
    private ConditionsSection() {
    }

    static Node of(Workspace workspace, ListenerRule rule) {
        var conditions = rule.conditions();
        return new ItemCards<>("Conditions (all must match)", "rule-conditions", conditions,
                (condition, index) -> card(workspace, rule, condition, index))
                .removable("Remove condition", condition -> change(workspace, rule, list -> {
                    list.remove(conditions.indexOf(condition));
                    return list;
                }, "Remove " + condition.field() + " condition from " + rule.name()))
                .withAdd(addControls(workspace, rule))
                .node();
    }

    private static Node card(Workspace workspace, ListenerRule rule, RuleCondition condition, int index) {
        var grid = PropertyForm.grid();
        grid.setPadding(Insets.EMPTY);
        var field = Choice.checkedBox(fieldChoices(), condition.field(), picked -> {
            var now = (ConditionField) picked;
            try {
                // The values stay, so they must make sense for the new field too.
                requireRoomFor(rule, now, index);
                ConditionValues.parser(now, valuesOutside(rule, index)).apply(ConditionValues.text(condition.values()));
                if (now == ConditionField.HTTP_HEADER && condition.httpHeaderName() == null) {
                    throw new IllegalArgumentException("an http-header condition needs a header name: add one with the"
                            + " row below");
                }
            } catch (IllegalArgumentException refused) {
                workspace.say("Not applied: " + refused.getMessage());
                return false;
            }
            return ElementChange.apply(workspace, rule.id(), ListenerRule.class, current -> withCondition(current, index,
                    new RuleCondition(now, condition.values(),
                            now == ConditionField.HTTP_HEADER ? condition.httpHeaderName() : null)),
                    "Match " + now + " in " + rule.name());
        });
        field.setId("condition-field-" + index);
        grid.addRow(0, PropertyForm.label("field"), field);
        int row = 1;
        if (condition.field() == ConditionField.HTTP_HEADER) {
            var header = new ValidatedField(condition.httpHeaderName(), text(condition.httpHeaderName()), "X-Custom-Header",
                    ConditionValues.headerName(), name -> replace(workspace, rule, index,
                    new RuleCondition(condition.field(), condition.values(), (String) name),
                    "Set header name of " + rule.name())).reportingTo(workspace::say);
            header.setId("condition-header-" + index);
            grid.addRow(row++, PropertyForm.label("header name"), header);
        }
        var values = new ValidatedField(condition.values(), ConditionValues.text(condition.values()), hint(condition.field()),
                ConditionValues.parser(condition.field(), valuesOutside(rule, index)), picked -> replace(workspace, rule,
                index, new RuleCondition(condition.field(), cast(picked), condition.httpHeaderName()),
                "Set " + condition.field() + " values of " + rule.name())).reportingTo(workspace::say);
        values.setId("condition-values-" + index);
        grid.addRow(row, PropertyForm.label("values"), values);
        return grid;
    }

    /** Field picker, header name (http-header only), values and the Add button. */
    private static Node[] addControls(Workspace workspace, ListenerRule rule) {
        var field = new ComboBox<>(FXCollections.observableArrayList(fieldChoices()));
        field.setId("new-condition-field");
        field.getSelectionModel().select(0);
        var header = new ValidatedField(null, "", "header name", ConditionValues.headerName(), v -> { });
        header.setId("new-condition-header");
        var values = new ValidatedField(null, "", hint(ConditionField.PATH_PATTERN), text -> text, v -> { });
        values.setId("new-condition-values");
        values.setPrefColumnCount(14);
        Runnable follow = () -> {
            var picked = (ConditionField) field.getValue().value();
            header.setVisible(picked == ConditionField.HTTP_HEADER);
            header.setManaged(picked == ConditionField.HTTP_HEADER);
            values.setPromptText(hint(picked));
        };
        field.setOnAction(e -> follow.run());
        follow.run();
        var add = new Button("Add condition");
        add.setId("add-condition");
        add.setOnAction(e -> {
            var picked = (ConditionField) field.getValue().value();
            var now = workspace.design().get(rule.id(), ListenerRule.class);
            try {
                requireRoomFor(now, picked, -1);
                var name = picked == ConditionField.HTTP_HEADER ? (String) header.parsedValue() : null;
                var parsed = ConditionValues.parser(picked, valuesOutside(now, -1)).apply(values.getText());
                change(workspace, rule, list -> {
                    list.add(new RuleCondition(picked, cast(parsed), name));
                    return list;
                }, "Add " + picked + " condition to " + rule.name());
            } catch (IllegalArgumentException refused) {
                workspace.say("Not added: " + refused.getMessage());
            }
        });
        return new Node[] {field, header, values, add};
    }

    private static List<Choice> fieldChoices() {
        return Arrays.stream(ConditionField.values()).map(f -> new Choice(f.toString(), f)).toList();
    }

    private static String hint(ConditionField field) {
        return switch (field) {
            case HOST_HEADER -> "api.example.com, *.example.com";
            case PATH_PATTERN -> "/orders, /orders/*";
            case HTTP_HEADER -> "value, value";
            case HTTP_REQUEST_METHOD -> "GET, POST";
            case QUERY_STRING -> "version=v2, beta";
            case SOURCE_IP -> "203.0.113.0/24";
        };
    }

    /** Refuses a second host-header, http-request-method, path-pattern or source-ip condition in one rule. */
    private static void requireRoomFor(ListenerRule rule, ConditionField field, int exceptIndex) {
        var conditions = rule.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            if (i != exceptIndex && conditions.get(i).field() == field
                    && AwsLimits.ONCE_PER_RULE_CONDITIONS.contains(field)) {
                throw new IllegalArgumentException("a rule has at most one " + field
                        + " condition: add the value to the one it has");
            }
        }
    }

    /** How many values the rule's conditions hold besides the one at the index. */
    private static int valuesOutside(ListenerRule rule, int index) {
        int count = 0;
        for (int i = 0; i < rule.conditions().size(); i++) {
            count += i == index ? 0 : rule.conditions().get(i).values().size();
        }
        return count;
    }

    private static void replace(Workspace workspace, ListenerRule rule, int index, RuleCondition condition, String label) {
        ElementChange.apply(workspace, rule.id(), ListenerRule.class, now -> withCondition(now, index, condition), label);
    }

    private static ListenerRule withCondition(ListenerRule rule, int index, RuleCondition condition) {
        var conditions = new ArrayList<>(rule.conditions());
        conditions.set(index, condition);
        return RecordCopier.with(rule, "conditions", conditions);
    }

    private static void change(Workspace workspace, ListenerRule rule, UnaryOperator<List<RuleCondition>> change,
                               String label) {
        ElementChange.apply(workspace, rule.id(), ListenerRule.class, now -> RecordCopier.with(now, "conditions",
                change.apply(new ArrayList<>(now.conditions()))), label);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object values) {
        return (List<String>) values;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
