package com.balancerstudio.render;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Vpc;

/** The small pictograms of AWS group frames: a flag for a Region, a cloud for a VPC, a padlock for a subnet. */
final class GroupGlyphs {
    private GroupGlyphs() {
    }

    static void draw(Surface surface, Element element, boolean open, double x, double y, double size, Rgba ink,
                     Rgba background) {
        var g = new Glyph(surface, x, y, size, ink, background);
        if (element instanceof Region) {
            g.line(0.3, 0.2, 0.3, 0.82);
            surface.fillPolygon(g.points(0.32, 0.22, 0.74, 0.22, 0.64, 0.36, 0.74, 0.5, 0.32, 0.5), ink);
        } else if (element instanceof Vpc) {
            surface.fillOval(g.x(0.18), g.y(0.42), g.d(0.3), g.d(0.26), ink);
            surface.fillOval(g.x(0.32), g.y(0.26), g.d(0.36), g.d(0.36), ink);
            surface.fillOval(g.x(0.52), g.y(0.38), g.d(0.3), g.d(0.3), ink);
            surface.fillRect(g.x(0.33), g.y(0.5), g.d(0.34), g.d(0.18), ink);
        } else {
            padlock(g, open);
        }
    }

    private static void padlock(Glyph g, boolean open) {
        var shackle = Surface.Stroke.solid(g.ink, Math.max(1, g.d(0.07)));
        double lift = open ? 0.08 : 0;
        g.surface.strokeOval(g.x(0.34), g.y(0.2 - lift), g.d(0.32), g.d(0.36), shackle);
        g.surface.fillRect(g.x(0.3), g.y(0.36 - lift), g.d(0.4), g.d(0.12 + lift), g.background);
        g.surface.line(g.x(0.34), g.y(0.38 - lift), g.x(0.34), g.y(0.46), shackle);
        if (!open) {
            g.surface.line(g.x(0.66), g.y(0.38), g.x(0.66), g.y(0.46), shackle);
        }
        g.surface.fillRoundRect(g.x(0.26), g.y(0.46), g.d(0.48), g.d(0.36), g.d(0.05), g.ink);
        g.surface.fillOval(g.x(0.46), g.y(0.56), g.d(0.08), g.d(0.08), g.background);
    }
}
