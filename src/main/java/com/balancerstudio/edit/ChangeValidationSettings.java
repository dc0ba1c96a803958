package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ValidationSettings;
import java.util.Objects;

/** Switches a rule off or on for the design, or changes a quota its account has: the design's validation settings. */
public record ChangeValidationSettings(ValidationSettings before, ValidationSettings after, String label)
        implements Edit {
    public ChangeValidationSettings {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public Design apply(Design design) {
        if (!design.validation().equals(before)) {
            throw new EditRefusedException("the design's validation settings have changed since this edit was made");
        }
        return design.withValidation(after);
    }

    @Override
    public Edit inverse() {
        return new ChangeValidationSettings(after, before, label);
    }
}
