package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Zoomed far out on screen, text and glyphs too small to see are left out; every element is still there. */
class LevelOfDetailTest {
    private static final Rect EVERYWHERE = new Rect(-10_000, -10_000, 20_000, 20_000);
    private final DiagramPainter painter = new DiagramPainter(Theme.LIGHT);
    private final Design design = Fixtures.webTier();

    @Test
    void atAQuarterOfFullSizeTheScreenShowsTilesAndFramesWithoutUnreadableText() {
        var full = paintOnScreen(1);
        var quarter = paintOnScreen(0.25);

        assertThat(full.texts).contains("web-alb", "web-tg");
        assertThat(quarter.texts).doesNotContain("web-alb", "web-tg", "web-a", "10.0.0.0/16")
                .noneMatch(text -> text.startsWith("Public subnet") || text.startsWith("Availability Zone"));
        long containers = design.elements().stream().filter(DiagramPainter::isContainer).count();
        assertThat(count(quarter, "strokeRect")).as("every frame is drawn").isEqualTo(containers).isPositive();
    }

    @Test
    void atATenthEveryResourceIsStillItsColouredTile() {
        long resources = design.elements().stream()
                .filter(e -> !DiagramPainter.isContainer(e) && e.bounds().width() > 0).count();

        assertThat(count(paintOnScreen(0.1), "fillRoundRect")).isEqualTo(resources).isGreaterThan(5);
    }

    @Test
    void glyphsAreDrawnInWhiteOnTheTilesUntilTheTilesAreAFewPixelsWide() {
        assertThat(whiteStrokes(paintOnScreen(1))).isPositive();
        assertThat(whiteStrokes(paintOnScreen(0.1))).isZero();
    }

    @Test
    void atHalfSizeNamesAreStillWritten() {
        assertThat(paintOnScreen(0.5).texts).contains("web-alb", "web-tg", "web-a");
    }

    @Test
    void anExportDrawsEverythingWhateverItsScale() {
        var surface = new RecordingSurface(false);
        surface.scale(0.1);
        painter.paint(surface, design, Overlay.NONE, EVERYWHERE);

        assertThat(surface.texts).contains("web-alb", "web-tg", "web-a");
    }

    private RecordingSurface paintOnScreen(double scale) {
        var surface = new RecordingSurface(true);
        surface.save();
        surface.scale(scale);
        painter.paint(surface, design, Overlay.NONE, EVERYWHERE);
        surface.restore();
        return surface;
    }

    /** Drawing calls in white other than rectangle fills: the glyphs' strokes and shapes. */
    private static long whiteStrokes(RecordingSurface surface) {
        return surface.calls.stream().filter(call -> call.contains("#ffffff") && !call.startsWith("fillRect")).count();
    }

    private static long count(RecordingSurface surface, String operation) {
        return surface.calls.stream().filter(call -> call.startsWith(operation + " ") || call.equals(operation)).count();
    }
}
