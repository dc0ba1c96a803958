package com.balancerstudio.ui.canvas;

import com.balancerstudio.render.Rgba;
import com.balancerstudio.render.Surface;
import com.balancerstudio.render.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The diagram painter's surface on a JavaFX canvas (the designer's canvas, the palette's icons). */
public final class FxCanvasSurface implements Surface {
    private final GraphicsContext gc;
    private final Text measure = new Text();
    /** Widths of texts already measured: laying out a Text is most of a frame's cost otherwise (labels are elided). */
    private final Map<TextStyle, Map<String, Double>> widths = new HashMap<>();
    private final Map<TextStyle, Font> fonts = new HashMap<>();
    private static final int MAX_REMEMBERED_WIDTHS = 20_000;

    public FxCanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setLineCap(StrokeLineCap.BUTT);
    }

    public GraphicsContext graphics() {
        return gc;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public double pixelsPerUnit() {
        // The canvas only ever translates and scales evenly, so the horizontal factor is the scale.
        return Math.abs(gc.getTransform().getMxx());
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.closePath();
        gc.clip();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Stroke stroke) {
        apply(stroke);
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillRoundRect(x, y, width, height, radius * 2, radius * 2);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, Stroke stroke) {
        apply(stroke);
        gc.strokeRoundRect(x, y, width, height, radius * 2, radius * 2);
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        apply(stroke);
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        apply(stroke);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] points, Stroke stroke) {
        apply(stroke);
        gc.strokePolyline(xs(points), ys(points), points.length / 2);
    }

    @Override
    public void fillPolygon(double[] points, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillPolygon(xs(points), ys(points), points.length / 2);
    }

    @Override
    public void polylines(List<double[]> polylines, Stroke stroke) {
        apply(stroke);
        gc.beginPath();
        polylines.forEach(this::trace);
        gc.stroke();
    }

    @Override
    public void fillPolygons(List<double[]> polygons, Rgba fill) {
        gc.setFill(color(fill));
        gc.beginPath();
        for (var points : polygons) {
            trace(points);
            gc.closePath();
        }
        gc.fill();
    }

    /** Adds an open subpath through the points (x0, y0, x1, y1, ...) to the current path. */
    private void trace(double[] points) {
        gc.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            gc.lineTo(points[i], points[i + 1]);
        }
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        gc.setFont(font(style));
        gc.setTextAlign(style.align() == TextStyle.Align.CENTER ? TextAlignment.CENTER
                : style.align() == TextStyle.Align.END ? TextAlignment.RIGHT : TextAlignment.LEFT);
        gc.setFill(color(fill));
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        var known = widths.computeIfAbsent(style, s -> new HashMap<>());
        var width = known.get(text);
        if (width == null) {
            if (known.size() >= MAX_REMEMBERED_WIDTHS) {
                known.clear();
            }
            measure.setFont(font(style));
            measure.setText(text);
            width = measure.getLayoutBounds().getWidth();
            known.put(text, width);
        }
        return width;
    }

    private Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, s -> Font.font("System", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.size()));
    }

    private void apply(Stroke stroke) {
        gc.setStroke(color(stroke.color()));
        gc.setLineWidth(stroke.width());
        var dashes = stroke.dashes();
        gc.setLineDashes(dashes.isEmpty() ? null : dashes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Color color(Rgba rgba) {
        return Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha());
    }

    private static double[] xs(double[] points) {
        var xs = new double[points.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points[2 * i];
        }
        return xs;
    }

    private static double[] ys(double[] points) {
        var ys = new double[points.length / 2];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = points[2 * i + 1];
        }
        return ys;
    }
}
