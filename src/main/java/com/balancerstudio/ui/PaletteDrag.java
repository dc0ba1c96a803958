package com.balancerstudio.ui;

import com.balancerstudio.model.Template;
import java.util.Optional;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/** The drag-and-drop contract between the palette (drag source) and the canvas (drop target): a template's name. */
public final class PaletteDrag {
    /** The clipboard format a palette item puts on the dragboard. */
    public static final DataFormat TEMPLATE = new DataFormat("application/x-balancer-studio-template");

    private PaletteDrag() {
    }

    /** The template being dragged, if the dragboard carries one. */
    public static Optional<Template> template(Dragboard dragboard) {
        var content = dragboard.getContent(TEMPLATE);
        if (content instanceof String name) {
            try {
                return Optional.of(Template.valueOf(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
