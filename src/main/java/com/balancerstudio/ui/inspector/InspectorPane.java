package com.balancerstudio.ui.inspector;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.edit.RenameDesign;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.ui.Workspace;
import java.util.List;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * The inspector on the right: every property of the single selected element with an editor of the right kind, each
 * committed change one undoable edit; above them what the element holds (a load balancer's listeners and subnets, a
 * listener's action and rules, a rule's conditions and action, a route table's routes, a target group's targets); the
 * design's name and description when nothing is selected.
 */
public final class InspectorPane {
    private final Workspace workspace;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final Label title = new Label();
    private Object shown;

    public InspectorPane(Workspace workspace) {
        this.workspace = workspace;
        root.setId("inspector");
        root.setFitToWidth(true);
        root.setMinWidth(260);
        root.setPrefWidth(340);
        title.setId("inspector-title");
        title.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        title.setPadding(new Insets(8, 8, 0, 8));
        title.setWrapText(true);
        workspace.designProperty().addListener((o, old, now) -> refresh());
        workspace.selection().addListener((SetChangeListener<ElementId>) change -> refresh());
        refresh();
    }

    public Node node() {
        return root;
    }

    /** Rebuilds the form when what it shows changed (not while the same element stays as it was). */
    private void refresh() {
        var design = workspace.design();
        var selection = workspace.selection();
        Object now = selection.size() == 1 ? design.get(selection.iterator().next())
                : selection.isEmpty() ? List.of(design.name(), design.description(), design.validation())
                : selection.size();
        // An element is shown with what it holds, so adding a listener refreshes its load balancer's table.
        var key = now instanceof Element element ? List.of(element, design.children(element.id())) : now;
        if (key != null && key.equals(shown)) {
            return;
        }
        shown = key;
        content.getChildren().setAll(title);
        if (now instanceof Element element) {
            title.setText(element.kindLabel() + ": " + element.name());
            // What the element holds (listeners, rules, targets) comes first: it matters more than the long tail
            // of attributes below, which mostly keep their AWS defaults.
            var shownElsewhere = addSections(design, element);
            content.getChildren().add(PropertyForm.of(design, element, shownElsewhere,
                    (path, value) -> commit(element.id(), path, value), workspace::say));
        } else if (now instanceof Integer count) {
            title.setText(count + " elements selected");
        } else {
            title.setText("Design");
            content.getChildren().add(designForm(design));
            content.getChildren().add(ValidationSettingsSection.of(workspace));
        }
    }

    /** Adds the sections that edit what the element holds; returns the properties they edit. */
    private Set<String> addSections(Design design, Element element) {
        var sections = content.getChildren();
        if (element instanceof LoadBalancer balancer) {
            sections.add(ListenersSection.of(workspace, balancer));
            sections.add(SubnetsSection.of(workspace, balancer));
            return Set.of("subnetMappings");
        }
        if (element instanceof Listener listener) {
            var balancer = design.get(listener.parent(), LoadBalancer.class);
            var type = balancer == null ? LoadBalancerType.APPLICATION : balancer.type();
            if (type == LoadBalancerType.CLASSIC) {
                // A Classic Load Balancer listener has no action: it names the instance protocol and port instead.
                return Set.of("defaultAction");
            }
            sections.add(ActionSection.of(workspace, listener, "defaultAction", type));
            if (type == LoadBalancerType.APPLICATION) {
                sections.add(ListenerRulesSection.of(workspace, listener));
            }
            return Set.of("defaultAction");
        }
        if (element instanceof ListenerRule rule) {
            sections.add(ConditionsSection.of(workspace, rule));
            // Only Application Load Balancer listeners have rules.
            sections.add(ActionSection.of(workspace, rule, "action", LoadBalancerType.APPLICATION));
            return Set.of("conditions", "action");
        }
        if (element instanceof RouteTable table) {
            sections.add(RoutesSection.of(workspace, table));
            return Set.of("routes");
        }
        if (element instanceof TargetGroup group) {
            sections.add(TargetsSection.of(workspace, group));
            return Set.of("targets");
        }
        return Set.of();
    }

    private Node designForm(Design design) {
        var grid = PropertyForm.grid();
        var name = new ValidatedField(design.name(), design.name(), null, Parsers.text(true),
                value -> renameDesign((String) value, workspace.design().description()));
        name.setId("design-name");
        var description = new TextArea(design.description());
        description.setId("design-description");
        description.setWrapText(true);
        description.setPrefRowCount(6);
        description.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                renameDesign(workspace.design().name(), description.getText());
            }
        });
        grid.addRow(0, PropertyForm.label("name"), name);
        grid.addRow(1, PropertyForm.label("description"), description);
        return grid;
    }

    private void renameDesign(String name, String description) {
        var design = workspace.design();
        if (!design.name().equals(name) || !design.description().equals(description)) {
            workspace.apply(new RenameDesign(design.name(), design.description(), name, description));
        }
    }

    /** Applies one property change as one edit; a value the element refuses is reported, not applied. */
    private void commit(ElementId id, List<String> path, Object value) {
        var design = workspace.design();
        var current = design.get(id);
        if (current == null) {
            return;
        }
        Element changed;
        try {
            changed = (Element) RecordPaths.with(current, path, value);
        } catch (IllegalArgumentException e) {
            workspace.say("Not applied: " + e.getMessage());
            shown = null;
            refresh();
            return;
        }
        if (changed.equals(current)) {
            return;
        }
        var edit = path.equals(List.of("name")) ? Edits.rename(design, id, changed.name())
                : Edits.change(design, changed, RecordPaths.label(path, current.name()));
        workspace.apply(edit);
    }
}
