package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.TargetGroupKind;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
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
 * spreads requests over several, the groups that can be added, and the target group stickiness duration. Edits are
 * named with where the action is ({@code where}: "default action of HTTP :80").
 */
final class ForwardEditor {
    private final Workspace workspace;
    private final Design design;
    private final Action.Forward forward;
    private final List<TargetGroup> candidates;
    private final String where;
    private final BiConsumer<Action, String> commit;

    private ForwardEditor(Workspace workspace, Action.Forward forward, LoadBalancerType type, String where,
                          BiConsumer<Action, String> commit) {
        this.workspace = workspace;
        this.design = workspace.design();
        this.forward = forward;
        this.candidates = candidates(design, type);
        this.where = where;
        this.commit = commit;
    }

    /** @param type the kind of load balancer; only an Application Load Balancer spreads over several groups */
    static Node of(Workspace workspace, Action.Forward forward, LoadBalancerType type, String where,
                   BiConsumer<Action, String> commit) {
        return new ForwardEditor(workspace, forward, type, where, commit).node(type == LoadBalancerType.APPLICATION);
    }

    /** The target groups of that kind of load balancer (all of them when the design has none of that kind). */
    static List<TargetGroup> candidates(Design design, LoadBalancerType type) {
        var all = design.elementsOf(TargetGroup.class);
        var fitting = all.stream().filter(g -> TargetGroupKind.of(design, g) == type).toList();
        return fitting.isEmpty() ? all : fitting;
    }

    private Node node(boolean weighted) {
        var groups = forward.targetGroups();
        var title = weighted ? "Target groups" : "Target group";
        var cards = new ItemCards<>(title, "forward-groups", groups, (group, index) -> card(group, index, weighted))
                .nested();
        if (groups.size() > 1) {
            cards.removable("Stop forwarding to this group", group -> change(list -> {
                list.remove(group);
                return list;
            }, "Remove " + name(group.targetGroupId()) + " from " + where));
        }
        if (!weighted) {
            return cards.node();
        }
        var picker = new ComboBox<>(FXCollections.observableArrayList(candidates.stream()
                .filter(g -> groups.stream().noneMatch(w -> w.targetGroupId().equals(g.id())))
                .map(g -> new Choice(g.name(), g.id())).toList()));
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
            var id = (ElementId) picker.getValue().value();
            change(list -> {
                list.add(WeightedTargetGroup.of(id));
                return list;
            }, "Add " + name(id) + " to " + where);
        });
        cards.withAdd(picker, add);
        return new VBox(4, cards.node(), stickiness());
    }

    private Node card(WeightedTargetGroup group, int index, boolean weighted) {
        var grid = PropertyForm.grid();
        grid.setPadding(Insets.EMPTY);
        var choices = new ArrayList<Choice>();
        for (var each : candidates) {
            boolean elsewhere = forward.targetGroups().stream().anyMatch(g -> g.targetGroupId().equals(each.id()));
            if (each.id().equals(group.targetGroupId()) || !elsewhere) {
                choices.add(new Choice(each.name(), each.id()));
            }
        }
        if (choices.stream().noneMatch(c -> c.value().equals(group.targetGroupId()))) {
            choices.add(0, new Choice(name(group.targetGroupId()), group.targetGroupId()));
        }
        var target = Choice.box(choices, group.targetGroupId(), picked -> change(list -> {
            list.set(index, new WeightedTargetGroup((ElementId) picked, group.weight()));
            return list;
        }, "Forward to " + name((ElementId) picked) + " instead of " + name(group.targetGroupId()) + " in " + where));
        target.setId("forward-group-" + index);
        grid.addRow(0, PropertyForm.label("target group"), target);
        if (weighted) {
            var weight = new ValidatedField(group.weight(), group.weight() == null ? "" : group.weight().toString(),
                    AwsLimits.FORWARD_WEIGHT + ", AWS default", Parsers.wholeNumber(AwsLimits.FORWARD_WEIGHT, false),
                    typed -> change(list -> {
                        list.set(index, new WeightedTargetGroup(group.targetGroupId(), (Integer) typed));
                        return list;
                    }, "Set weight of " + name(group.targetGroupId()) + " in " + where)).reportingTo(workspace::say);
            weight.setId("forward-weight-" + index);
            grid.addRow(1, PropertyForm.label("weight"), weight);
        }
        return grid;
    }

    private Node stickiness() {
        var grid = PropertyForm.grid();
        grid.setPadding(new Insets(4, 0, 0, 0));
        var duration = new ValidatedField(forward.stickinessDuration(),
                forward.stickinessDuration() == null ? "" : forward.stickinessDuration().toString(),
                "off; " + AwsLimits.STICKINESS_DURATION + " s", Parsers.wholeNumber(AwsLimits.STICKINESS_DURATION, false),
                typed -> commit.accept(new Action.Forward(forward.targetGroups(), (Integer) typed, forward.order()),
                        "Set target group stickiness of " + where)).reportingTo(workspace::say);
        duration.setId("forward-stickiness");
        grid.addRow(0, PropertyForm.label("group stickiness (s)"), duration);
        return grid;
    }

    private String name(ElementId id) {
        return Summaries.of(design, id);
    }

    private void change(UnaryOperator<List<WeightedTargetGroup>> change, String label) {
        commit.accept(new Action.Forward(change.apply(new ArrayList<>(forward.targetGroups())),
                forward.stickinessDuration(), forward.order()), label);
    }
}
