package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Template;

/**
 * The icon of a palette template, drawn with the diagram's own glyphs: a resource's category-coloured tile, or for a
 * container its group pictogram (an Availability Zone, which has none in AWS diagrams, as a dashed frame). The palette
 * and the bundled icon files both come from here.
 */
public final class TemplateIcons {
    private TemplateIcons() {
    }

    /** Draws the template's icon into the square at (x, y) of side {@code size}. */
    public static void paint(Surface surface, Template template, Theme theme, double x, double y, double size) {
        var element = sample(template);
        if (!DiagramPainter.isContainer(element)) {
            var color = DiagramPainter.categoryColor(theme, element);
            surface.fillRoundRect(x, y, size, size, size * 0.12, color);
            IconGlyphs.draw(surface, element, x + size * 0.1, y + size * 0.1, size * 0.8, ResourcePainter.inkOn(color),
                    color);
            return;
        }
        boolean isPublic = template == Template.PUBLIC_SUBNET;
        var color = groupColor(template, theme);
        if (template == Template.AVAILABILITY_ZONE) {
            double inset = size * 0.12;
            surface.fillRect(x, y, size, size, theme.background());
            surface.strokeRect(x + inset, y + inset, size - 2 * inset, size - 2 * inset,
                    Surface.Stroke.dashed(color, size * 0.05, size * 0.1, size * 0.06));
            surface.text("AZ", x + size / 2, y + size * 0.6, new TextStyle(size * 0.28, true, TextStyle.Align.CENTER),
                    color);
            return;
        }
        surface.fillRoundRect(x, y, size, size, size * 0.12, color);
        GroupGlyphs.draw(surface, element, isPublic, x + size * 0.1, y + size * 0.1, size * 0.8, Rgba.hex("#ffffff"),
                color);
    }

    private static Rgba groupColor(Template template, Theme theme) {
        switch (template) {
            case REGION:
                return theme.region();
            case VPC:
                return theme.vpc();
            case PUBLIC_SUBNET:
                return theme.publicSubnet();
            case PRIVATE_SUBNET:
                return theme.privateSubnet();
            default:
                return theme.zone();
        }
    }

    /** A throwaway element of the template's kind, which tells the glyph painters what to draw. */
    private static Element sample(Template template) {
        return template.create(Design.empty("icon"), null, new Rect(0, 0, 64, 64));
    }
}
