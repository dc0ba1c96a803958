package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import java.util.List;

/**
 * Which kinds of element a reference property accepts, asked of the element itself: a copy pointing at a probe id
 * lists that reference with its expected kinds, so the inspector never keeps its own table of them.
 */
public final class ReferenceKinds {
    private static final ElementId PROBE = ElementId.of("inspector-probe");

    private ReferenceKinds() {
    }

    /** The accepted kinds of the component, or an empty list when it is not a reference the element declares. */
    public static List<Class<? extends Element>> of(Element element, String component, boolean list) {
        try {
            var probe = (Element) RecordCopier.with(element, component, list ? List.of(PROBE) : PROBE);
            return probe.references().stream().filter(r -> r.target().equals(PROBE)).findFirst()
                    .map(r -> r.expectedTypes()).orElse(List.of());
        } catch (IllegalArgumentException | ClassCastException e) {
            return List.of();
        }
    }
}
