package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.InvalidDesignException;
import java.util.Objects;

/** Adds an element at a position in the design order; its inverse removes it again. */
public record AddElement(Element element, int index) implements Edit {
    public AddElement {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public Design apply(Design design) {
        try {
            return design.withAdded(element, index);
        } catch (InvalidDesignException e) {
            throw new EditRefusedException(e.getMessage(), e);
        }
    }

    @Override
    public Edit inverse() {
        return new RemoveElement(element, index);
    }

    @Override
    public String label() {
        return "Add " + element.kindLabel().toLowerCase(java.util.Locale.ROOT) + " '" + element.name() + "'";
    }
}
