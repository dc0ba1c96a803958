package com.balancerstudio.export;

import com.balancerstudio.render.TextStyle;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typeface of exported diagrams: DejaVu Sans when installed (it ships with most Linux systems and is wider than
 * Helvetica or Arial, so text measured with it also fits when an SVG viewer substitutes one of those), otherwise the
 * JDK's logical sans-serif font. Both export surfaces measure text here, so the SVG and the PNG lay out alike.
 */
final class Fonts {
    /** The font stack written into SVG files. */
    static final String SVG_FAMILY = "'DejaVu Sans', 'Helvetica Neue', Helvetica, Arial, sans-serif";

    private static final String FAMILY = pickFamily();
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Map<TextStyle, Font> CACHE = new ConcurrentHashMap<>();

    private Fonts() {
    }

    static Font of(TextStyle style) {
        return CACHE.computeIfAbsent(new TextStyle(style.size(), style.bold(), TextStyle.Align.START),
                s -> new Font(FAMILY, s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()));
    }

    static double width(String text, TextStyle style) {
        return text.isEmpty() ? 0 : of(style).getStringBounds(text, MEASURE).getWidth();
    }

    private static String pickFamily() {
        var names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.asList(names).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
