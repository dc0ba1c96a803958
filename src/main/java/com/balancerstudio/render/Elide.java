package com.balancerstudio.render;

/** Shortens text with an ellipsis so that it fits a width in a style. */
public final class Elide {
    private Elide() {
    }

    public static String toWidth(Surface surface, String text, double width, TextStyle style) {
        if (text == null || text.isEmpty() || surface.textWidth(text, style) <= width) {
            return text == null ? "" : text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (surface.textWidth(text.substring(0, middle) + "…", style) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? "…" : text.substring(0, low).stripTrailing() + "…";
    }
}
