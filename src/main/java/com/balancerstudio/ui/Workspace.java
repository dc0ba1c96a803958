package com.balancerstudio.ui;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.EditRefusedException;
import com.balancerstudio.edit.History;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The state of one open design as the window shows it: the edit history (the only way the design changes), the
 * selection, the file it came from, whether it has unsaved changes, and the findings of the rules, kept current after
 * every change. Panels observe its properties; gestures call {@link #apply}.
 */
public final class Workspace {
    private final RuleSet rules;
    private History history;
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableSet<ElementId> selection = FXCollections.observableSet();

    public Workspace(RuleSet rules, Design initial, Path from) {
        this.rules = rules;
        open(initial, from);
    }

    /** Replaces the open design (new, open, recover): a fresh history, nothing selected. */
    public void open(Design opened, Path from) {
        history = new History(opened);
        history.addListener(this::changed);
        selection.clear();
        file.set(from);
        changed(opened);
    }

    /**
     * Applies one gesture's edit. Returns false when it changed nothing or was refused; a refusal is reported in
     * {@link #messageProperty()} and leaves the design as it was.
     */
    public boolean apply(Edit edit) {
        try {
            return history.apply(edit);
        } catch (EditRefusedException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
        }
    }

    /** Records that the design was saved to the file. */
    public void saved(Path to) {
        file.set(to);
        history.markSaved();
        dirty.set(history.isDirty());
    }

    private void changed(Design next) {
        design.set(next);
        findings.set(rules.check(next));
        dirty.set(history.isDirty());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
        selection.removeIf(id -> !next.contains(id));
    }

    public Design design() {
        return design.get();
    }

    public RuleSet rules() {
        return rules;
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The label of what Undo would revert, empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** The latest thing to tell the person (an edit refused and why), for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void say(String text) {
        message.set(text);
    }

    /** The selected element ids; tools and panels change it directly (selection is not an edit). */
    public ObservableSet<ElementId> selection() {
        return selection;
    }

    public void select(Set<ElementId> ids) {
        selection.clear();
        selection.addAll(ids);
    }
}
