package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.InvalidDesignException;
import java.util.Objects;

/**
 * Removes one element that contains nothing, provided it is exactly the given element at the given position (so the
 * inverse puts it back where it was). Use {@link Edits#delete} to remove elements with their contents.
 */
public record RemoveElement(Element element, int index) implements Edit {
    public RemoveElement {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public Design apply(Design design) {
        if (!element.equals(design.get(element.id())) || design.indexOf(element.id()) != index) {
            throw new EditRefusedException("'" + element.name() + "' has changed since this edit was made");
        }
        try {
            return design.withRemoved(element.id());
        } catch (InvalidDesignException e) {
            throw new EditRefusedException(e.getMessage(), e);
        }
    }

    @Override
    public Edit inverse() {
        return new AddElement(element, index);
    }

    @Override
    public String label() {
        return "Delete " + element.kindLabel().toLowerCase(java.util.Locale.ROOT) + " '" + element.name() + "'";
    }
}
