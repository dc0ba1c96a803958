package com.balancerstudio.edit;

import com.balancerstudio.model.Design;
import java.util.Objects;

/** Changes the design's own name and description. */
public record RenameDesign(String beforeName, String beforeDescription, String afterName, String afterDescription)
        implements Edit {
    public RenameDesign {
        Objects.requireNonNull(afterName, "afterName");
        Objects.requireNonNull(afterDescription, "afterDescription");
    }

    @Override
    public Design apply(Design design) {
        if (!design.name().equals(beforeName) || !design.description().equals(beforeDescription)) {
            throw new EditRefusedException("the design's name or description has changed since this edit was made");
        }
        return design.withName(afterName).withDescription(afterDescription);
    }

    @Override
    public Edit inverse() {
        return new RenameDesign(afterName, afterDescription, beforeName, beforeDescription);
    }

    @Override
    public String label() {
        return "Rename design";
    }
}
