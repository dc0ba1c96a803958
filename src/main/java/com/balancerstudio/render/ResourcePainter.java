package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Rect;

/**
 * Draws a resource the way AWS diagrams do: a rounded square in its category colour with a white glyph, the name
 * under it and, for some kinds, a line of detail, both elided to fit.
 */
final class ResourcePainter {
    /** How far labels reach below a resource's bounds, in design units. */
    static final double LABEL_SPACE = 30;
    private static final TextStyle NAME = new TextStyle(11, false, TextStyle.Align.CENTER);
    private static final TextStyle DETAIL = new TextStyle(9.5, false, TextStyle.Align.CENTER);
    private static final Rgba WHITE = Rgba.hex("#ffffff");
    private static final Rgba DARK_INK = Rgba.hex("#16191f");

    private final Theme theme;

    ResourcePainter(Theme theme) {
        this.theme = theme;
    }

    /**
     * Draws the resource; its labels sit on a plate of {@code plate} colour when it is not null. What is too small to
     * see at the level of detail (glyph, labels) is left out.
     */
    void paint(Surface surface, Design design, Element element, Rect r, Rgba plate, LevelOfDetail detail) {
        var color = DiagramPainter.categoryColor(theme, element);
        var icon = icon(r);
        double size = icon.width();
        double x = icon.x();
        double y = icon.y();
        surface.fillRoundRect(x, y, size, size, size * 0.12, color);
        if (detail.glyphOn(size)) {
            IconGlyphs.draw(surface, element, x + size * 0.1, y + size * 0.1, size * 0.8, inkOn(color), color);
        }
        if (detail.readable(NAME)) {
            labels(surface, design, element, r, plate, detail.readable(DETAIL));
        }
    }

    private void labels(Surface surface, Design design, Element element, Rect r, Rgba plate, boolean withDetail) {
        double width = Math.max(r.width() + 20, 84);
        double centre = r.x() + r.width() / 2;
        var name = Elide.toWidth(surface, element.name(), width, NAME);
        var detail = withDetail ? Captions.detail(design, element) : null;
        var fitted = detail == null ? null : Elide.toWidth(surface, detail, width + 4, DETAIL);
        if (plate != null) {
            plate(surface, name, NAME, centre, r.maxY() + 3, 14, plate);
            if (fitted != null) {
                plate(surface, fitted, DETAIL, centre, r.maxY() + 17, 12, plate);
            }
        }
        surface.text(name, centre, r.maxY() + 14, NAME, theme.text());
        if (fitted != null) {
            surface.text(fitted, centre, r.maxY() + 26, DETAIL, theme.mutedText());
        }
    }

    private static void plate(Surface surface, String text, TextStyle style, double centre, double top, double height,
                              Rgba color) {
        double width = surface.textWidth(text, style) + 6;
        surface.fillRect(centre - width / 2, top, width, height, color);
    }

    /** White on a dark tile, near-black on a light one (the dark theme's pale client tile). */
    static Rgba inkOn(Rgba color) {
        double luminance = (0.2126 * color.red() + 0.7152 * color.green() + 0.0722 * color.blue()) / 255;
        return luminance > 0.6 ? DARK_INK : WHITE;
    }

    /** The square the icon fills: the largest one centred in the bounds. */
    static Rect icon(Rect r) {
        double size = Math.min(r.width(), r.height());
        return new Rect(r.x() + (r.width() - size) / 2, r.y() + (r.height() - size) / 2, size, size);
    }

    /** How far the labels reach below the bounds: one line of name, or two with a detail line. */
    static double labelDepth(Design design, Element element) {
        return Captions.detail(design, element) == null ? 18 : LABEL_SPACE;
    }

    /** The area the resource's drawing covers, labels included, for culling. */
    static Rect drawnArea(Rect r) {
        double extra = Math.max(12, (88 - r.width()) / 2);
        return new Rect(r.x() - extra, r.y(), r.width() + 2 * extra, r.height() + LABEL_SPACE);
    }
}
