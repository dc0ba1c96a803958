package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The only door through which a design changes: applies edits, keeps undo and redo stacks, drops edits that change
 * nothing, remembers which state was last saved (the dirty mark), and refuses edits pushed from inside a listener
 * (which would otherwise interleave with the change being announced).
 */
public final class History {
    private Design current;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Consumer<Design>> listeners = new ArrayList<>();
    private final int limit;
    private Object savedMarker;
    private boolean notifying;

    public History(Design initial) {
        this(initial, 1000);
    }

    /** A history that keeps at most {@code limit} undo steps (the oldest are forgotten). */
    public History(Design initial, int limit) {
        this.current = Objects.requireNonNull(initial, "initial");
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1");
        }
        this.limit = limit;
        this.savedMarker = current;
    }

    public Design design() {
        return current;
    }

    /**
     * Applies the edit. Returns false when it changed nothing (and was not recorded); throws
     * {@link EditRefusedException} when it cannot apply, leaving the design as it was.
     */
    public boolean apply(Edit edit) {
        guard();
        var next = edit.apply(current);
        if (next.equals(current)) {
            return false;
        }
        undo.push(edit);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        change(next);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the edit Undo would revert, for the Edit menu ("Undo Move 3 elements"). */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    public void undo() {
        guard();
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        var edit = undo.peek();
        var previous = edit.inverse().apply(current);
        undo.pop();
        redo.push(edit);
        change(previous);
    }

    public void redo() {
        guard();
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        var edit = redo.peek();
        var next = edit.apply(current);
        redo.pop();
        undo.push(edit);
        change(next);
    }

    /** Records the current design as saved; {@link #isDirty()} is false until it changes again. */
    public void markSaved() {
        savedMarker = current;
    }

    /** Whether the design differs from the last saved state (undoing back to it makes it clean again). */
    public boolean isDirty() {
        return !current.equals(savedMarker);
    }

    /** Called with the new design after every change. */
    public void addListener(Consumer<Design> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<Design> listener) {
        listeners.remove(listener);
    }

    private void guard() {
        if (notifying) {
            throw new IllegalStateException("a design change was pushed from inside a change listener;"
                    + " make it a separate edit after the notification");
        }
    }

    private void change(Design next) {
        current = next;
        notifying = true;
        try {
            for (var listener : List.copyOf(listeners)) {
                listener.accept(next);
            }
        } finally {
            notifying = false;
        }
    }
}
