package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;

/**
 * The targets registered with a target group, with a picker to register one more (an instance, or a Lambda function
 * for a Lambda target group) and Remove.
 */
final class TargetsSection {
    private TargetsSection() {
    }

    static Node of(Workspace workspace, TargetGroup group) {
        var design = workspace.design();
        var registered = group.targets().stream().map(TargetRegistration::targetId).toList();
        // A Lambda target group registers functions; the others offer instances.
        boolean lambda = group.targetType() == TargetType.LAMBDA;
        var candidates = lambda ? design.elementsOf(LambdaFunction.class) : design.elementsOf(Instance.class);
        var choices = candidates.stream().filter(e -> !registered.contains(e.id()))
                .map(e -> new Choice(e.name(), e.id())).toList();
        var picker = new ComboBox<>(FXCollections.observableArrayList(choices));
        picker.setId("target-picker");
        picker.setPromptText(lambda ? "Lambda function" : "EC2 instance");
        var add = new Button("Register");
        add.setId("add-target");
        add.disableProperty().bind(picker.valueProperty().isNull());
        add.setOnAction(e -> {
            var targets = new ArrayList<>(group.targets());
            var target = (ElementId) picker.getValue().value();
            targets.add(TargetRegistration.instance(target));
            change(workspace, group, targets, "Register " + picker.getValue().label() + " with " + group.name());
        });
        return new ItemCards<>("Targets", "targets", group.targets(), (t, i) -> ItemCards.summary(
                t.targetId() != null ? Summaries.of(design, t.targetId()) : t.ipAddress(),
                (t.port() == null ? "on the group's port" : "on port " + t.port()) + zone(design, t)))
                .removable("Deregister", t -> {
                    var targets = new ArrayList<>(group.targets());
                    targets.remove(t);
                    change(workspace, group, targets, "Deregister " + Summaries.of(design, t) + " from " + group.name());
                })
                .withAdd(picker, add)
                .node();
    }

    private static String zone(Design design, TargetRegistration target) {
        var zone = design.topology().zoneOfTarget(target);
        return zone == null ? "" : ", in " + zone;
    }

    private static void change(Workspace workspace, TargetGroup group, Object targets, String label) {
        var now = workspace.design().get(group.id(), TargetGroup.class);
        workspace.apply(Edits.change(workspace.design(), RecordCopier.with(now, "targets", targets), label));
    }
}
