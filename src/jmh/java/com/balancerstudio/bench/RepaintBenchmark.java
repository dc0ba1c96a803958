package com.balancerstudio.bench;

import com.balancerstudio.testing.LargeDesign;
import com.balancerstudio.export.AwtSurface;
import com.balancerstudio.export.DiagramExport;
import com.balancerstudio.export.ExportOptions;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Overlay;
import com.balancerstudio.render.Theme;
import java.awt.AlphaComposite;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one full repaint of a large laid-out design takes: the whole design fitted into a 1920 x 1080 image
 * (every element drawn), a 1920 x 1080 viewport at zoom 1 (culling leaves most of the design out) with and without
 * the connector routes of the previous paint, and the whole design as SVG text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RepaintBenchmark {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    @Param({"2000"})
    int elements;

    private Design design;
    private DiagramPainter painter;
    private BufferedImage image;
    private Rect content;
    private double fit;
    private Overlay overlay;

    @Setup
    public void setUp() {
        design = GridLayout.of(LargeDesign.of(elements));
        painter = new DiagramPainter(Theme.LIGHT);
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        content = DiagramPainter.contentBounds(design);
        fit = Math.min(WIDTH / content.width(), HEIGHT / content.height());
        overlay = Overlay.NONE;
        System.out.printf("%n%d elements, content %.0f x %.0f design units, fitted at zoom %.3f%n", design.size(),
                content.width(), content.height(), fit);
    }

    /** Every element of the design drawn into a 1920 x 1080 image (the "zoom to fit" view). */
    @Benchmark
    public BufferedImage awtWholeDesign() {
        return paint(fit, content.x(), content.y(), content);
    }

    /** A 1920 x 1080 viewport at zoom 1 over the top-left of the design: what the canvas repaints while editing. */
    @Benchmark
    public BufferedImage awtViewportAtZoomOne() {
        return paint(1, content.x(), content.y(), new Rect(content.x(), content.y(), WIDTH, HEIGHT));
    }

    /**
     * The same viewport painted by a fresh painter, which must route every connector first: the first repaint after
     * an edit, since routes are kept only while the design stays the same.
     */
    @Benchmark
    public BufferedImage awtViewportAfterAnEdit() {
        painter = new DiagramPainter(Theme.LIGHT);
        return paint(1, content.x(), content.y(), new Rect(content.x(), content.y(), WIDTH, HEIGHT));
    }

    /** The whole design as an SVG document. */
    @Benchmark
    public String svgWholeDesign() {
        return DiagramExport.svg(design, ExportOptions.defaults());
    }

    private BufferedImage paint(double zoom, double originX, double originY, Rect visible) {
        var graphics = image.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            graphics.setComposite(AlphaComposite.SrcOver);
            var surface = new AwtSurface(graphics);
            surface.scale(zoom);
            surface.translate(-originX, -originY);
            painter.paint(surface, design, overlay, visible, zoom);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
