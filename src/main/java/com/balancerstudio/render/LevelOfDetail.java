package com.balancerstudio.render;

/**
 * What is large enough on screen to be worth drawing at a scale. Text a few pixels high cannot be read and a glyph on
 * a tile of a few pixels cannot be made out, yet both cost more to draw than anything else; a design zoomed out to
 * fit its window is drawn without them, as coloured tiles, frames and connectors.
 */
record LevelOfDetail(double pixelsPerUnit) {
    /** Everything drawn: exports, which may be enlarged after they are written. */
    static final LevelOfDetail FULL = new LevelOfDetail(Double.POSITIVE_INFINITY);

    /** Text lower than this on screen is a smudge, not words. */
    private static final double SMALLEST_READABLE_TEXT_PX = 4;
    /** A tile narrower than this on screen shows its colour only. */
    private static final double SMALLEST_TILE_WITH_GLYPH_PX = 20;

    static LevelOfDetail of(Surface surface) {
        double scale = surface.pixelsPerUnit();
        return scale >= 1 ? FULL : new LevelOfDetail(scale);
    }

    /** A mark (an arrowhead) smaller than this on screen is lost in the line it ends. */
    private static final double SMALLEST_VISIBLE_MARK_PX = 3;

    /** Whether a mark of this size (design units) is large enough on screen to be seen. */
    boolean visible(double size) {
        return size * pixelsPerUnit >= SMALLEST_VISIBLE_MARK_PX;
    }

    /** Whether text in this style is tall enough on screen to read. */
    boolean readable(TextStyle style) {
        return style.size() * pixelsPerUnit >= SMALLEST_READABLE_TEXT_PX;
    }

    /** Whether a tile of this size (design units) is wide enough on screen for its glyph to be made out. */
    boolean glyphOn(double tile) {
        return tile * pixelsPerUnit >= SMALLEST_TILE_WITH_GLYPH_PX;
    }
}
