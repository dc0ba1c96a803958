package com.balancerstudio.importing;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import java.util.HashMap;
import java.util.Map;

/** The bounds chosen so far for each element, relative to its container. */
final class Placements {
    private final Map<ElementId, Rect> bounds = new HashMap<>();

    void put(Element element, Rect rect) {
        bounds.put(element.id(), rect);
    }

    /** The bounds chosen for the element, or null when it is not placed (listeners and rules are not boxes). */
    Rect get(Element element) {
        return bounds.get(element.id());
    }
}
