package com.balancerstudio.ui.problems;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.ui.CanvasActions;
import com.balancerstudio.ui.Workspace;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The problems list at the bottom: the live findings of the rules with counts, severity toggles and a text filter;
 * clicking one selects and reveals its element, and Fix applies its quick fix as one edit.
 */
public final class ProblemsPane {
    private final Workspace workspace;
    private final BorderPane root = new BorderPane();
    private final TableView<Finding> table = new TableView<>();
    private final FilteredList<Finding> shown = new FilteredList<>(FXCollections.observableArrayList());
    private final Map<Severity, ToggleButton> toggles = new EnumMap<>(Severity.class);
    private final TextField search = new TextField();
    private final Label counts = new Label();

    public ProblemsPane(Workspace workspace, CanvasActions canvas) {
        this.workspace = workspace;
        root.setId("problems-pane");
        table.setId("problems");
        counts.setId("problem-counts");
        search.setId("problem-search");
        search.setPromptText("Filter problems");
        table.setItems(shown);
        ProblemColumns.addTo(table, workspace, this::fix);
        table.setPlaceholder(new Label("No problems: AWS would accept this design."));
        table.setRowFactory(view -> new ProblemRow(this::fix, this::askToSwitchOff));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, finding) -> {
            if (finding != null && finding.primaryElement() != null
                    && workspace.design().contains(finding.primaryElement())) {
                workspace.select(Set.of(finding.primaryElement()));
                canvas.reveal(finding.primaryElement());
            }
        });
        var header = new HBox(8, counts, spacer());
        for (var severity : Severity.values()) {
            var toggle = new ToggleButton(label(severity), SeverityStyle.icon(severity));
            toggle.setId("show-" + severity.value());
            toggle.setSelected(true);
            toggle.selectedProperty().addListener((o, was, now) -> refilter());
            toggles.put(severity, toggle);
            header.getChildren().add(toggle);
        }
        header.getChildren().add(search);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        search.textProperty().addListener((o, was, now) -> refilter());
        workspace.findingsProperty().addListener((o, old, now) -> update());
        root.setTop(header);
        root.setCenter(table);
        update();
    }

    public Node node() {
        return root;
    }

    /** Selects the first problem listed, which selects and reveals its element; nothing when the list is empty. */
    public void selectFirst() {
        if (!shown.isEmpty()) {
            // Cleared first so that the element is selected again even when the row already was.
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(0);
            table.scrollTo(0);
        }
    }

    private void update() {
        var findings = workspace.findingsProperty().get();
        ((javafx.collections.ObservableList<Finding>) shown.getSource()).setAll(findings);
        var bySeverity = new EnumMap<Severity, Integer>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
        counts.setText("Problems: " + bySeverity.getOrDefault(Severity.ERROR, 0) + " errors, "
                + bySeverity.getOrDefault(Severity.WARNING, 0) + " warnings, "
                + bySeverity.getOrDefault(Severity.INFO, 0) + " notes" + switchedOff());
        refilter();
    }

    /** " · 2 rules switched off" when the design switches rules off, so that quiet is not mistaken for clean. */
    private String switchedOff() {
        int n = workspace.design().validation().disabledRules().size();
        return n == 0 ? "" : " · " + n + (n == 1 ? " rule" : " rules") + " switched off for this design";
    }

    private void refilter() {
        var on = EnumSet.noneOf(Severity.class);
        toggles.forEach((severity, toggle) -> {
            if (toggle.isSelected()) {
                on.add(severity);
            }
        });
        var filter = new ProblemsFilter(on, search.getText());
        shown.setPredicate(f -> filter.shows(f, workspace.design()));
    }

    private void fix(Finding finding) {
        finding.quickFixEdit().ifPresent(workspace::apply);
    }

    /** Asks why the finding's rule does not apply to this design; with a reason, switches it off as one edit. */
    private void askToSwitchOff(Finding finding) {
        RuleSwitchDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(), finding.ruleId())
                .ifPresent(reason -> workspace.apply(Edits.switchRuleOff(workspace.design(), finding.ruleId(), reason)));
    }

    private static String label(Severity severity) {
        return severity == Severity.ERROR ? "Errors" : severity == Severity.WARNING ? "Warnings" : "Notes";
    }

    private static Region spacer() {
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A "Fix" button for findings that carry a quick fix, used by the fix column. */
    static Button fixButton(Finding finding, java.util.function.Consumer<Finding> fix) {
        var button = new Button("Fix");
        button.getStyleClass().addAll("small", "quick-fix");
        button.setTooltip(new javafx.scene.control.Tooltip("Apply the quick fix as one undoable edit"));
        button.setOnAction(e -> fix.accept(finding));
        return button;
    }
}
