package com.balancerstudio.ui.palette;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Template;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Rgba;
import com.balancerstudio.render.Surface;
import com.balancerstudio.render.TextStyle;
import com.balancerstudio.render.Theme;
import com.balancerstudio.ui.canvas.FxCanvasSurface;
import javafx.scene.canvas.Canvas;

/**
 * A palette icon drawn with the painter's own colours and marks through the canvas surface, so an entry looks like
 * what it becomes: a resource tile (ALB, NAT, EC2...) or a container frame (Region, VPC, zone, subnet).
 */
public final class TemplateIcon {
    private static final Design NOWHERE = Design.empty("palette");

    private TemplateIcon() {
    }

    public static Canvas of(Template template, double size) {
        var canvas = new Canvas(size, size);
        var surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
        var painter = new DiagramPainter(Theme.LIGHT);
        var sample = sample(template, size);
        if (DiagramPainter.isContainer(sample)) {
            var color = containerColor(template, Theme.LIGHT);
            surface.fillRect(1, 1, size - 2, size - 2, color.withAlpha(0.10));
            var stroke = template == Template.AVAILABILITY_ZONE
                    ? Surface.Stroke.dashed(color, 1.5, 4, 3) : Surface.Stroke.solid(color, 1.5);
            surface.strokeRect(1, 1, size - 2, size - 2, stroke);
            surface.text(shortName(template), size / 2, size / 2 + 4,
                    new TextStyle(size / 3.6, true, TextStyle.Align.CENTER), color);
        } else {
            surface.fillRoundRect(0, 0, size, size, 5, painter.categoryColor(sample));
            surface.text(DiagramPainter.abbreviation(sample), size / 2, size / 2 + 4,
                    new TextStyle(size / 3.6, true, TextStyle.Align.CENTER), Rgba.hex("#ffffff"));
        }
        return canvas;
    }

    /** An element as the template makes it, only to ask the painter how its kind looks. */
    private static Element sample(Template template, double size) {
        return template.create(NOWHERE, null, new Rect(0, 0, size, size));
    }

    private static Rgba containerColor(Template template, Theme theme) {
        return switch (template) {
            case REGION -> theme.region();
            case VPC -> theme.vpc();
            case PUBLIC_SUBNET -> theme.publicSubnet();
            case PRIVATE_SUBNET -> theme.privateSubnet();
            default -> theme.zone();
        };
    }

    /** The few letters shown on container icons and matched by the palette search. */
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
