package com.balancerstudio.bench;

import com.balancerstudio.testing.LargeDesign;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Overlay;
import com.balancerstudio.render.Rgba;
import com.balancerstudio.render.Theme;
import com.balancerstudio.render.TrafficLayer;
import com.balancerstudio.ui.canvas.FxCanvasSurface;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A frame of the designer's canvas on JavaFX itself: the painter drawing a 1920 x 1080 viewport of a large design on a
 * JavaFX Canvas, measured on the JavaFX application thread the way the canvas repaints while panning. The first
 * benchmark is the time the application thread spends (what decides whether the window stays responsive); the second
 * also rasterizes the frame, with the software pipeline of the headless platform, which is slower than the GPU
 * pipeline a desktop uses and so an upper bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Dglass.platform=Monocle",
        "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k"})
public class FxRepaintBenchmark {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    @Param({"2000"})
    int elements;

    private Design design;
    private DiagramPainter painter;
    private Canvas canvas;
    private FxCanvasSurface surface;
    private WritableImage frame;
    private Rect content;
    private double panned;
    private TrafficLayer traffic;

    @Setup
    public void setUp() {
        design = GridLayout.of(LargeDesign.of(elements));
        content = DiagramPainter.contentBounds(design);
        traffic = traffic();
        Platform.startup(() -> { });
        onFxThread(() -> {
            canvas = new Canvas(WIDTH, HEIGHT);
            surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
            painter = new DiagramPainter(Theme.LIGHT);
            frame = new WritableImage(WIDTH, HEIGHT);
            return paint();
        });
    }

    @TearDown
    public void tearDown() {
        Platform.exit();
    }

    /** One pan step: the viewport moves by a few units and is painted again (routes kept, as while panning). */
    @Benchmark
    public Canvas fxViewportFrame() {
        return onFxThread(this::paint);
    }

    /**
     * A frame of the simulation's animation: the same viewport with 3,000 request particles in flight and 50 failure
     * bursts (the projection's particle budget), as the canvas paints 60 times a second while a simulation plays.
     */
    @Benchmark
    public Canvas fxViewportFrameWithTraffic() {
        return onFxThread(() -> paint(traffic));
    }

    /** The animation frame rasterized into an image by the software pipeline. */
    @Benchmark
    public WritableImage fxViewportFrameWithTrafficRasterized() {
        return onFxThread(() -> {
            paint(traffic);
            return canvas.snapshot(null, frame);
        });
    }

    /**
     * The baseline of the rasterized figures: a frame with only the background, rasterized and read back into an
     * image, which a real repaint does not need to do.
     */
    @Benchmark
    public WritableImage fxEmptyFrameRasterized() {
        return onFxThread(() -> {
            var gc = canvas.getGraphicsContext2D();
            gc.setTransform(new Affine());
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, WIDTH, HEIGHT);
            return canvas.snapshot(null, frame);
        });
    }

    /** The same frame, rasterized into an image by the software pipeline. */
    @Benchmark
    public WritableImage fxViewportFrameRasterized() {
        return onFxThread(() -> {
            paint();
            return canvas.snapshot(null, frame);
        });
    }

    /**
     * The viewport zoomed out as far as the canvas goes (25%, sixteen times the area of a frame at 100%), where labels
     * are too small to read and are left out.
     */
    @Benchmark
    public Canvas fxZoomedOutFrame() {
        return onFxThread(this::paintZoomedOut);
    }

    /** The zoomed-out frame, rasterized into an image by the software pipeline. */
    @Benchmark
    public WritableImage fxZoomedOutFrameRasterized() {
        return onFxThread(() -> {
            paintZoomedOut();
            return canvas.snapshot(null, frame);
        });
    }

    private Canvas paintZoomedOut() {
        double zoom = 0.25;
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        surface.save();
        surface.scale(zoom);
        surface.translate(-content.x(), -content.y());
        painter.paint(surface, design, Overlay.NONE, new Rect(content.x(), content.y(), WIDTH / zoom, HEIGHT / zoom));
        surface.restore();
        return canvas;
    }

    private Canvas paint() {
        return paint(TrafficLayer.EMPTY);
    }

    /** 3,000 particles and 50 bursts spread over the viewport, in eight client colours. */
    private TrafficLayer traffic() {
        var random = new java.util.SplittableRandom(1);
        int count = 3_000;
        var xy = new double[2 * count];
        var colors = new Rgba[count];
        var palette = new Rgba[] {Rgba.hex("#e6194b"), Rgba.hex("#3cb44b"), Rgba.hex("#4363d8"), Rgba.hex("#f58231"),
            Rgba.hex("#911eb4"), Rgba.hex("#46f0f0"), Rgba.hex("#f032e6"), Rgba.hex("#bcf60c")};
        for (int i = 0; i < count; i++) {
            xy[2 * i] = content.x() + random.nextDouble(WIDTH + 200);
            xy[2 * i + 1] = content.y() + random.nextDouble(HEIGHT);
            colors[i] = palette[i % palette.length];
        }
        var bursts = new java.util.ArrayList<TrafficLayer.Burst>();
        for (int i = 0; i < 50; i++) {
            bursts.add(new TrafficLayer.Burst(content.x() + random.nextDouble(WIDTH), content.y()
                    + random.nextDouble(HEIGHT), random.nextDouble()));
        }
        return new TrafficLayer(xy, colors, count, bursts, java.util.Map.of(), java.util.Map.of(), java.util.Set.of(),
                0.5);
    }

    private Canvas paint(TrafficLayer layer) {
        panned = (panned + 7) % 200;
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        surface.save();
        surface.translate(-content.x() - panned, -content.y());
        painter.paint(surface, design, Overlay.NONE, new Rect(content.x() + panned, content.y(), WIDTH, HEIGHT), 1,
                layer);
        surface.restore();
        return canvas;
    }

    private static <T> T onFxThread(Supplier<T> work) {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }
}
