package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Overlay;
import com.balancerstudio.render.Surface;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;

/**
 * A small overview of the whole design in a corner of the canvas, with the part the canvas shows outlined; pressing or
 * dragging in it asks for the canvas to be centred on that design point. It shows only while the design does not fit
 * the view. The design is drawn on one layer, again only when the design or the painter (theme) changed; the outline
 * of the view is drawn on a layer above it, so panning a large design never repaints the whole design here.
 */
final class Minimap extends Region {
    static final double WIDTH = 200;
    static final double HEIGHT = 140;
    private static final double PADDING = 6;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
    private final Canvas frameLayer = new Canvas(WIDTH, HEIGHT);
    private final FxCanvasSurface frameSurface = new FxCanvasSurface(frameLayer.getGraphicsContext2D());
    private final Consumer<Point> centreOn;
    private Design design;
    private DiagramPainter painter;
    private Rect visible;
    private Rect content = new Rect(0, 0, 0, 0);
    private double scale = 1;
    private double originX;
    private double originY;
    private int paints;
    private int framePaints;

    Minimap(Consumer<Point> centreOn) {
        this.centreOn = centreOn;
        setId("minimap");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setVisible(false);
        getChildren().addAll(canvas, frameLayer);
        frameLayer.setOnMousePressed(this::centre);
        frameLayer.setOnMouseDragged(this::centre);
        addEventHandler(MouseEvent.ANY, Event::consume);
        addEventHandler(ScrollEvent.ANY, Event::consume);
    }

    /** Shows the overview when the design does not fit {@code shown} (design coordinates) and repaints if needed. */
    void update(Design next, DiagramPainter nextPainter, Rect shown) {
        var bounds = DiagramPainter.contentBounds(next);
        boolean fits = bounds.width() <= 0 || bounds.height() <= 0 || encloses(shown, bounds);
        setVisible(!fits);
        if (fits) {
            design = null;
            return;
        }
        if (next != design || nextPainter != painter) {
            design = next;
            painter = nextPainter;
            content = bounds;
            paint();
            visible = null;
        }
        if (!shown.equals(visible)) {
            visible = shown;
            paintFrame();
        }
    }

    private static boolean encloses(Rect outer, Rect inner) {
        double slack = 0.5;
        return inner.x() >= outer.x() - slack && inner.y() >= outer.y() - slack
                && inner.maxX() <= outer.maxX() + slack && inner.maxY() <= outer.maxY() + slack;
    }

    private void paint() {
        paints++;
        scale = Math.min((WIDTH - 2 * PADDING) / content.width(), (HEIGHT - 2 * PADDING) / content.height());
        originX = (WIDTH - content.width() * scale) / 2 - content.x() * scale;
        originY = (HEIGHT - content.height() * scale) / 2 - content.y() * scale;
        var theme = painter.theme();
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        surface.fillRect(0, 0, WIDTH, HEIGHT, theme.background().withAlpha(1));
        surface.save();
        surface.clip(0, 0, WIDTH, HEIGHT);
        surface.translate(originX, originY);
        surface.scale(scale);
        painter.paint(surface, design, Overlay.NONE, content);
        surface.restore();
        surface.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, Surface.Stroke.solid(theme.mutedText(), 1));
    }

    /** The outline of the part of the design the canvas shows. */
    private void paintFrame() {
        framePaints++;
        var theme = painter.theme();
        var gc = frameLayer.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        double x = originX + visible.x() * scale;
        double y = originY + visible.y() * scale;
        double w = visible.width() * scale;
        double h = visible.height() * scale;
        frameSurface.save();
        frameSurface.clip(1, 1, WIDTH - 2, HEIGHT - 2);
        frameSurface.fillRect(x, y, w, h, theme.selection().withAlpha(0.12));
        frameSurface.strokeRect(x, y, w, h, Surface.Stroke.solid(theme.selection(), 1.5));
        frameSurface.restore();
    }

    /** The design point under a point of the overview, kept inside the design's content. */
    Point toDesign(double x, double y) {
        double dx = (x - originX) / scale;
        double dy = (y - originY) / scale;
        return new Point(Math.max(content.x(), Math.min(content.maxX(), dx)),
                Math.max(content.y(), Math.min(content.maxY(), dy)));
    }

    private void centre(MouseEvent e) {
        centreOn.accept(toDesign(e.getX(), e.getY()));
    }

    /** How many times the design was drawn in the overview (tests check that unrelated changes do not redraw it). */
    int paintCount() {
        return paints;
    }

    /** How many times the outline of the view was drawn. */
    int framePaintCount() {
        return framePaints;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
        frameLayer.relocate(0, 0);
    }
}
