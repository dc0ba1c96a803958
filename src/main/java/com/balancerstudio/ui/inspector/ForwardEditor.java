package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A forward action: its target groups, one card each with its weight (0-999) when an Application Load Balancer
 * spreads requests over several, the groups that can be added, and the target group stickiness duration.
 */
final class ForwardEditor {
    private ForwardEditor() {
    }

    static Node of(Workspace workspace, Action.Forward forward, boolean weighted, Consumer<Action> commit) {
        var design = workspace.design();
        var groups = forward.targetGroups();
        var cards = new ItemCards<>("Target groups", "forward-groups", groups, (group, index) -> {
            var grid = PropertyForm.grid();
            grid.setPadding(Insets.EMPTY);
            var choices = new ArrayList<Choice>();
            for (var each : design.elementsOf(TargetGroup.class)) {
                if (each.id().equals(group.targetGroupId()) || groups.stream().noneMatch(g -> g.targetGroupId().equals(each.id()))) {
                    choices.add(new Choice(each.name(), each.id()));
                }
            }
            var target = Choice.box(choices, group.targetGroupId(), picked -> change(forward, commit, list -> {
                list.set(index, new WeightedTargetGroup((ElementId) picked, group.weight()));
                return list;
            }));
            target.setId("forward-group-" + index);
            grid.addRow(0, new Label("target group"), target);
            if (weighted) {
                var weight = new ValidatedField(group.weight(), group.weight() == null ? "" : group.weight().toString(),
                        AwsLimits.FORWARD_WEIGHT + ", AWS default", Parsers.wholeNumber(AwsLimits.FORWARD_WEIGHT, false),
                        typed -> change(forward, commit, list -> {
                            list.set(index, new WeightedTargetGroup(group.targetGroupId(), (Integer) typed));
                            return list;
                        })).reportingTo(workspace::say);
                weight.setId("forward-weight-" + index);
                grid.addRow(1, new Label("weight"), weight);
            }
            return grid;
        });
        cards.nested();
        if (groups.size() > 1) {
            cards.removable("Stop forwarding to this group", group -> change(forward, commit, list -> {
                list.remove(group);
                return list;
            }));
        }
        var box = new VBox(4);
        if (weighted) {
            var others = design.elementsOf(TargetGroup.class).stream()
                    .filter(g -> groups.stream().noneMatch(w -> w.targetGroupId().equals(g.id())))
                    .map(g -> new Choice(g.name(), g.id())).toList();
            var picker = new ComboBox<>(FXCollections.observableArrayList(others));
            picker.setId("forward-group-picker");
            picker.setPromptText("Another target group");
            var add = new Button("Add");
            add.setId("add-forward-group");
            add.disableProperty().bind(picker.valueProperty().isNull());
            add.setOnAction(e -> {
                if (groups.size() >= AwsLimits.FORWARD_TARGET_GROUPS_MAX) {
                    workspace.say("Not added: AWS forwards to at most " + AwsLimits.FORWARD_TARGET_GROUPS_MAX
                            + " target groups");
                    return;
                }
                change(forward, commit, list -> {
                    list.add(WeightedTargetGroup.of((ElementId) picker.getValue().value()));
                    return list;
                });
            });
            cards.withAdd(picker, add);
            box.getChildren().add(cards.node());
            box.getChildren().add(stickiness(workspace, forward, commit));
        } else {
            box.getChildren().add(cards.node());
        }
        return box;
    }

    private static Node stickiness(Workspace workspace, Action.Forward forward, Consumer<Action> commit) {
        var grid = PropertyForm.grid();
        grid.setPadding(new Insets(4, 0, 0, 0));
        var duration = new ValidatedField(forward.stickinessDuration(),
                forward.stickinessDuration() == null ? "" : forward.stickinessDuration().toString(),
                "off; " + AwsLimits.STICKINESS_DURATION + " s", Parsers.wholeNumber(AwsLimits.STICKINESS_DURATION, false),
                typed -> commit.accept(new Action.Forward(forward.targetGroups(), (Integer) typed)))
                .reportingTo(workspace::say);
        duration.setId("forward-stickiness");
        grid.addRow(0, new Label("group stickiness (s)"), duration);
        return grid;
    }

    private static void change(Action.Forward forward, Consumer<Action> commit,
                               UnaryOperator<List<WeightedTargetGroup>> change) {
        commit.accept(new Action.Forward(change.apply(new ArrayList<>(forward.targetGroups())), forward.stickinessDuration()));
    }
}
