package com.balancerstudio.render;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import com.balancerstudio.rules.Severity;
import java.util.Map;
import java.util.Set;

/**
 * What the painter draws on top of the design itself: the selection, the worst finding per element (badges), the
 * element under the pointer, a marquee or drop preview, and a connection being dragged. Exports use {@link #NONE}
 * or just the badges.
 */
public record Overlay(Set<ElementId> selection, Map<ElementId, Severity> badges, ElementId hover, Rect marquee,
                      Rect dropPreview, boolean dropAllowed, ConnectionPreview connection) {
    public static final Overlay NONE = new Overlay(Set.of(), Map.of(), null, null, null, true, null);

    public Overlay {
        selection = Set.copyOf(selection);
        badges = Map.copyOf(badges);
    }

    /** A connection being dragged from an element to a point, and whether dropping there would be allowed. */
    public record ConnectionPreview(ElementId from, double toX, double toY, boolean allowed) {
    }

    public Overlay withSelection(Set<ElementId> ids) {
        return new Overlay(ids, badges, hover, marquee, dropPreview, dropAllowed, connection);
    }

    /** This overlay restricted to the given elements: selection and badges of others are dropped. */
    public Overlay onlyFor(Set<ElementId> shown) {
        var kept = new java.util.HashMap<ElementId, Severity>();
        badges.forEach((id, severity) -> {
            if (shown.contains(id)) {
                kept.put(id, severity);
            }
        });
        return new Overlay(selection.stream().filter(shown::contains).collect(java.util.stream.Collectors.toSet()),
                kept, hover, marquee, dropPreview, dropAllowed, connection);
    }

    public Overlay withBadges(Map<ElementId, Severity> newBadges) {
        return new Overlay(selection, newBadges, hover, marquee, dropPreview, dropAllowed, connection);
    }
}
