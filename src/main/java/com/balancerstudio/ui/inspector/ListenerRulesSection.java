package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Template;
import com.balancerstudio.ui.Workspace;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** The rules of a listener: priority, conditions and action, with add and remove. */
final class ListenerRulesSection {
    private ListenerRulesSection() {
    }

    static Node of(Workspace workspace, Listener listener) {
        var design = workspace.design();
        var rules = design.children(listener.id()).stream().filter(ListenerRule.class::isInstance)
                .map(ListenerRule.class::cast)
                .sorted(Comparator.comparing(ListenerRule::priority, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var add = new Button("Add rule");
        add.setId("add-rule");
        add.setOnAction(e -> {
            var now = workspace.design();
            var id = Template.freshId(now, listener.id().value() + "-rule");
            int priority = rules.stream().map(ListenerRule::priority).filter(p -> p != null)
                    .max(Integer::compare).orElse(0) + 10;
            var rule = new ListenerRule(id, "rule " + priority, listener.id(), null, priority, List.of(),
                    new Action.FixedResponse("text/plain", "Not found", "404", null));
            workspace.apply(Edits.add(now, List.of(rule), "Add rule to " + listener.name()));
        });
        return new ItemCards<>("Rules (lowest priority first)", "listener-rules", rules, (r, i) -> ItemCards.summary(
                (r.priority() == null ? "No priority" : "Priority " + r.priority()) + "  ·  " + r.name(),
                Summaries.conditions(r.conditions()) + ", " + Summaries.action(design, r.action())))
                .onOpen(r -> workspace.select(Set.of(r.id())))
                .removable("Remove rule", r -> workspace.apply(Edits.delete(workspace.design(), List.of(r.id()))))
                .withAdd(add)
                .node();
    }
}
