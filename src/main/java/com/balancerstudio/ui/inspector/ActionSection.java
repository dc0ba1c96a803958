package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The action of a listener (its default action) or of a listener rule: what kind it is (forward, redirect, fixed
 * response) and, below, the editor of that kind. Every change is one edit of the element that holds the action.
 */
final class ActionSection {
    private ActionSection() {
    }

    /**
     * @param property the component holding the action ("defaultAction" or "action")
     * @param type the kind of load balancer: only an Application Load Balancer redirects, answers itself or spreads
     *             requests over several target groups
     */
    static Node of(Workspace workspace, Element owner, String property, LoadBalancerType type) {
        var design = workspace.design();
        boolean onlyForward = type != LoadBalancerType.APPLICATION;
        var groups = ForwardEditor.candidates(design, type);
        var current = (Action) RecordCopier.read(owner, property);
        var what = PropertyNames.words(property);
        BiPredicate<Action, String> commit = (action, label) -> ElementChange.apply(workspace, owner.id(),
                Element.class, now -> RecordCopier.with(now, property, action), label);
        var heading = new Label(Character.toUpperCase(what.charAt(0)) + what.substring(1));
        heading.setStyle("-fx-font-weight: bold;");
        var grid = PropertyForm.grid();
        grid.setPadding(Insets.EMPTY);
        var kind = Choice.checkedBox(kinds(current, onlyForward), kindOf(current), picked -> {
            try {
                return commit.test(startingAction((String) picked, current, groups),
                        "Set " + what + " of " + owner.name() + " to " + picked);
            } catch (IllegalArgumentException refused) {
                workspace.say("Not applied: " + refused.getMessage());
                return false;
            }
        });
        kind.setId("action-kind");
        grid.addRow(0, PropertyForm.label("kind"), kind);
        var box = new VBox(6, heading, grid);
        box.setId("action");
        box.setPadding(new Insets(8));
        // The editors name their edits with where the action is: "Set weight of api-tg in default action of HTTP :80".
        var where = what + " of " + owner.name();
        BiConsumer<Action, String> edit = commit::test;
        if (current != null) {
            grid.addRow(1, PropertyForm.label("order"), orderField(workspace, current, "order", current.order(), where,
                    edit));
        }
        if (current instanceof Action.Authenticate authenticate) {
            grid.addRow(2, PropertyForm.label("forward order"), orderField(workspace, current, "forwardOrder",
                    authenticate.forwardOrder(), where, edit));
        }
        if (current instanceof Action.Forward forward) {
            box.getChildren().add(ForwardEditor.of(workspace, forward, type, where, edit));
        } else if (current instanceof Action.Redirect redirect) {
            RedirectEditor.addRows(grid, workspace, redirect, where, edit);
        } else if (current instanceof Action.FixedResponse fixed) {
            FixedResponseEditor.addRows(grid, workspace, fixed, where, edit);
        } else if (current != null) {
            var summary = new Label(Summaries.action(design, current));
            summary.setWrapText(true);
            box.getChildren().add(summary);
        }
        return box;
    }

    /** An action order (1-50000 for AWS); empty leaves it implicit, in the order the actions are written. */
    private static ValidatedField orderField(Workspace workspace, Action action, String component, Integer value,
                                             String where, BiConsumer<Action, String> edit) {
        var field = new ValidatedField(value, value == null ? "" : value.toString(), "implicit; " + AwsLimits.ACTION_ORDER,
                Parsers.wholeNumber(AwsLimits.ACTION_ORDER, false), typed -> edit.accept(
                        RecordCopier.with(action, component, typed), "Set " + PropertyNames.words(component) + " of "
                                + where)).reportingTo(workspace::say);
        field.setId("action-" + PropertyNames.words(component).replace(' ', '-'));
        return field;
    }

    private static List<Choice> kinds(Action current, boolean onlyForward) {
        var choices = new ArrayList<Choice>();
        if (current == null) {
            choices.add(new Choice("none", null));
        }
        choices.add(new Choice("forward", "forward"));
        if (!onlyForward) {
            choices.add(new Choice("redirect", "redirect"));
            choices.add(new Choice("fixed response", "fixed response"));
        }
        if (current instanceof Action.Authenticate) {
            choices.add(new Choice("authenticate, then forward", "authenticate"));
        }
        return choices;
    }

    private static String kindOf(Action action) {
        if (action instanceof Action.Forward) {
            return "forward";
        }
        if (action instanceof Action.Redirect) {
            return "redirect";
        }
        if (action instanceof Action.FixedResponse) {
            return "fixed response";
        }
        return action == null ? null : "authenticate";
    }

    /** The action a kind starts as: the destinations it had, or the first target group; HTTPS; a 404. */
    private static Action startingAction(String kind, Action current, List<TargetGroup> groups) {
        if ("forward".equals(kind)) {
            if (current != null && !current.targetGroups().isEmpty()) {
                return new Action.Forward(current.targetGroups(), null, null);
            }
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("there is no target group to forward to: add one first");
            }
            return Action.Forward.to(groups.get(0).id());
        }
        if ("redirect".equals(kind)) {
            return Action.Redirect.toHttps();
        }
        return new Action.FixedResponse("text/plain", "Not found", "404", null);
    }
}
