package com.balancerstudio.ui.palette;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Template;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.TemplateIcons;
import com.balancerstudio.render.Theme;
import com.balancerstudio.ui.canvas.FxCanvasSurface;
import javafx.scene.canvas.Canvas;

/**
 * A palette icon: the diagram's own icon of the template (the same drawing as on the canvas and in assets/icons),
 * painted through the canvas surface, and the few letters the palette search also matches.
 */
public final class TemplateIcon {
    private static final Design NOWHERE = Design.empty("palette");

    private TemplateIcon() {
    }

    public static Canvas of(Template template, double size) {
        var canvas = new Canvas(size, size);
        TemplateIcons.paint(new FxCanvasSurface(canvas.getGraphicsContext2D()), template, Theme.LIGHT, 0, 0, size);
        return canvas;
    }

    /** An element as the template makes it, only to ask the painter how its kind is abbreviated. */
    private static Element sample(Template template, double size) {
        return template.create(NOWHERE, null, new Rect(0, 0, size, size));
    }

    /** The few letters the palette search matches besides the label ("ALB", "PUB"...). */
    public static String shortName(Template template) {
        return switch (template) {
            case REGION -> "RGN";
            case VPC -> "VPC";
            case AVAILABILITY_ZONE -> "AZ";
            case PUBLIC_SUBNET -> "PUB";
            case PRIVATE_SUBNET -> "PRV";
            default -> DiagramPainter.abbreviation(sample(template, 64));
        };
    }
}
