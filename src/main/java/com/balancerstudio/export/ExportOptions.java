package com.balancerstudio.export;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.render.Theme;
import com.balancerstudio.rules.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a design is exported: the pixel scale (1 or 2 for a PNG; an SVG carries it as its pixel size), a transparent
 * instead of a theme-coloured background, the elements to export (empty: the whole design; otherwise those elements
 * with what they contain, cropped to them), the theme, and the finding badges to draw (empty: none).
 */
public record ExportOptions(double scale, boolean transparent, Set<ElementId> only, Theme theme,
                            Map<ElementId, Severity> badges) {
    /** The largest pixel scale an export accepts. */
    public static final double MAX_SCALE = 4;

    public ExportOptions {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the scale must be above 0 and at most " + (int) MAX_SCALE
                    + " (got " + scale + ")");
        }
        only = only == null ? Set.of() : Set.copyOf(only);
        theme = Objects.requireNonNull(theme, "theme");
        badges = badges == null ? Map.of() : Map.copyOf(badges);
    }

    /** The whole design at scale 1 on the light theme's background, without badges. */
    public static ExportOptions defaults() {
        return new ExportOptions(1, false, Set.of(), Theme.LIGHT, Map.of());
    }

    /** Options for the command line, which picks a theme by name rather than by value. */
    public static ExportOptions of(double scale, boolean transparent, boolean dark) {
        return new ExportOptions(scale, transparent, Set.of(), dark ? Theme.DARK : Theme.LIGHT, Map.of());
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(newScale, transparent, only, theme, badges);
    }

    public ExportOptions withTransparent(boolean newTransparent) {
        return new ExportOptions(scale, newTransparent, only, theme, badges);
    }

    public ExportOptions withOnly(Set<ElementId> ids) {
        return new ExportOptions(scale, transparent, ids, theme, badges);
    }

    public ExportOptions withTheme(Theme newTheme) {
        return new ExportOptions(scale, transparent, only, newTheme, badges);
    }

    public ExportOptions withBadges(Map<ElementId, Severity> newBadges) {
        return new ExportOptions(scale, transparent, only, theme, newBadges);
    }
}
