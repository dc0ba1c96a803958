package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A pointer from one element to another, named by the design-file property that holds it, with the kinds of element
 * it may point at.
 */
public record Reference(String property, ElementId target, List<Class<? extends Element>> expectedTypes) {
    public Reference {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(target, "target");
        expectedTypes = List.copyOf(expectedTypes);
        if (expectedTypes.isEmpty()) {
            throw new IllegalArgumentException("a reference needs at least one expected kind");
        }
    }

    /** Whether the element is of a kind this reference may point at. */
    public boolean accepts(Element element) {
        return expectedTypes.stream().anyMatch(type -> type.isInstance(element));
    }

    /** The kinds it may point at, as a person reads them ("Internet gateway or NAT gateway"). */
    public String expectedLabel() {
        return String.join(" or ", expectedTypes.stream().map(ElementKinds::label).toList());
    }

    /** Collects references, skipping absent (null) ones, so records can list optional links in one expression. */
    public static final class Builder {
        private final List<Reference> references = new ArrayList<>();

        @SafeVarargs
        public final Builder add(String property, ElementId target, Class<? extends Element>... types) {
            if (target != null) {
                references.add(new Reference(property, target, List.of(types)));
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
