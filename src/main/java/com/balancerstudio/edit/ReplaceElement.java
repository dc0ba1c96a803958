package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.InvalidDesignException;
import java.util.Objects;

/** Replaces one state of an element with another (a property change, a move, a rename); the inverse swaps them. */
public record ReplaceElement(Element before, Element after, String label) implements Edit {
    public ReplaceElement {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(label, "label");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an element keeps its id: " + before.id() + " vs " + after.id());
        }
    }

    @Override
    public Design apply(Design design) {
        if (!before.equals(design.get(before.id()))) {
            throw new EditRefusedException("'" + before.name() + "' has changed since this edit was made");
        }
        try {
            return design.withReplaced(after);
        } catch (InvalidDesignException e) {
            throw new EditRefusedException(e.getMessage(), e);
        }
    }

    @Override
    public Edit inverse() {
        return new ReplaceElement(after, before, label);
    }
}
