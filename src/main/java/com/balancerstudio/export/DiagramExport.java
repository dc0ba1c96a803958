package com.balancerstudio.export;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Overlay;
import com.balancerstudio.render.Surface;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Exports a design as an SVG document or a PNG image, drawn by the same painter as the canvas, with a margin around
 * the content. Both are pure functions of the design and the options.
 */
public final class DiagramExport {
    /** Space around the exported content, in design units. */
    public static final double MARGIN = 24;
    /** The largest PNG side, in pixels, so a runaway design cannot exhaust memory. */
    public static final int MAX_PIXELS = 16_384;

    private DiagramExport() {
    }

    public static String svg(Design design, ExportOptions options) {
        var area = area(design, options);
        var surface = new SvgSurface();
        paint(surface, design, options, area);
        return surface.document(area.width() * options.scale(), area.height() * options.scale(), area.x(), area.y(),
                area.width(), area.height(), design.name());
    }

    /** The PNG bytes; throws IllegalArgumentException when the image would exceed {@link #MAX_PIXELS} a side. */
    public static byte[] png(Design design, ExportOptions options) {
        var area = area(design, options);
        int width = (int) Math.ceil(area.width() * options.scale());
        int height = (int) Math.ceil(area.height() * options.scale());
        if (width > MAX_PIXELS || height > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would be " + width + " x " + height + " pixels, more than "
                    + MAX_PIXELS + " a side: export at a smaller scale or only part of the design");
        }
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        try {
            var surface = new AwtSurface(graphics);
            surface.scale(options.scale());
            surface.translate(-area.x(), -area.y());
            paint(surface, design, options, area);
        } finally {
            graphics.dispose();
        }
        var bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The design area an export shows: the content (or the chosen elements) plus the margin. */
    public static Rect area(Design design, ExportOptions options) {
        Rect content = null;
        if (options.only().isEmpty()) {
            content = DiagramPainter.contentBounds(design);
        } else {
            for (var id : options.only()) {
                if (!design.contains(id)) {
                    throw new IllegalArgumentException("the design has no element '" + id + "' to export");
                }
                var bounds = design.absoluteBounds(id);
                content = content == null ? bounds : content.union(bounds);
            }
        }
        return new Rect(content.x() - MARGIN, content.y() - MARGIN, content.width() + 2 * MARGIN,
                content.height() + 2 * MARGIN);
    }

    private static void paint(Surface surface, Design design, ExportOptions options, Rect area) {
        var theme = options.theme();
        if (!options.transparent()) {
            surface.fillRect(area.x(), area.y(), area.width(), area.height(), theme.background());
        }
        var overlay = Overlay.NONE.withBadges(options.badges());
        new DiagramPainter(theme).paint(surface, design, overlay, area, options.only());
    }
}
