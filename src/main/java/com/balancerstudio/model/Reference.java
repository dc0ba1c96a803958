package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A pointer from one element to another, named by the design-file property that holds it. */
public record Reference(String property, ElementId target, Class<? extends Element> expectedType) {
    public Reference {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(expectedType, "expectedType");
    }

    /** Collects references, skipping absent (null) ones, so records can list optional links in one expression. */
    public static final class Builder {
        private final List<Reference> references = new ArrayList<>();

        public Builder add(String property, ElementId target, Class<? extends Element> type) {
            if (target != null) {
                references.add(new Reference(property, target, type));
            }
            return this;
        }

        public Builder addAll(String property, Collection<ElementId> targets, Class<? extends Element> type) {
            int index = 0;
            for (ElementId target : targets) {
                add(property + "[" + index++ + "]", target, type);
            }
            return this;
        }

        public List<Reference> build() {
            return List.copyOf(references);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
