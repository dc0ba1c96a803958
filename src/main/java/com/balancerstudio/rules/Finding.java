package com.balancerstudio.rules;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.model.ElementId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule found: the catalog rule id and severity, the elements involved (first the one to badge), the message
 * and fix hint with the element names filled in, and optionally an edit that fixes it.
 */
public record Finding(String ruleId, Severity severity, List<ElementId> elementIds, String message, String fix,
                      Edit quickFix) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        elementIds = List.copyOf(elementIds);
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public Optional<Edit> quickFixEdit() {
        return Optional.ofNullable(quickFix);
    }

    /** The element the finding is mainly about, or null for a design-wide finding. */
    public ElementId primaryElement() {
        return elementIds.isEmpty() ? null : elementIds.get(0);
    }
}
