package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;

/** Small helpers for the id lists that elements hold. */
public final class Ids {
    private Ids() {
    }

    /** An unmodifiable copy, treating a missing list as empty. */
    public static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static List<ElementId> without(List<ElementId> ids, ElementId target) {
        return ids.stream().filter(id -> !id.equals(target)).toList();
    }

    /** Null when the id is the target, the id otherwise. */
    public static ElementId unless(ElementId id, ElementId target) {
        return Objects.equals(id, target) ? null : id;
    }

    public static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        return name;
    }

    public static Rect boundsOrDefault(Rect bounds) {
        return bounds == null ? new Rect(0, 0, 0, 0) : bounds;
    }
}
