package com.balancerstudio.export;

import com.balancerstudio.render.Rgba;
import com.balancerstudio.render.Surface;
import com.balancerstudio.render.TextStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** A {@link Surface} over a Java2D graphics context (an image for PNG export), antialiased, usable headless. */
public final class AwtSurface implements Surface {
    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();

    private record State(AffineTransform transform, Shape clip) {
    }

    public AwtSurface(Graphics2D graphics) {
        this.g = graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        var state = saved.pop();
        g.setTransform(state.transform());
        g.setClip(state.clip());
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        fill(new Rectangle2D.Double(x, y, width, height), fill);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Stroke stroke) {
        draw(new Rectangle2D.Double(x, y, width, height), stroke);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba fill) {
        fill(new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2), fill);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, Stroke stroke) {
        draw(new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2), stroke);
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        fill(new Ellipse2D.Double(x, y, width, height), fill);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        draw(new Ellipse2D.Double(x, y, width, height), stroke);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        draw(new Line2D.Double(x1, y1, x2, y2), stroke);
    }

    @Override
    public void polyline(double[] points, Stroke stroke) {
        draw(path(points, false), stroke);
    }

    @Override
    public void fillPolygon(double[] points, Rgba fill) {
        fill(path(points, true), fill);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(Fonts.of(style));
        double width = style.align() == TextStyle.Align.START ? 0 : Fonts.width(text, style);
        double left = style.align() == TextStyle.Align.CENTER ? x - width / 2
                : style.align() == TextStyle.Align.END ? x - width : x;
        g.setColor(color(fill));
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return Fonts.width(text, style);
    }

    private void fill(Shape shape, Rgba fill) {
        g.setColor(color(fill));
        g.fill(shape);
    }

    private void draw(Shape shape, Stroke stroke) {
        g.setColor(color(stroke.color()));
        var dashes = stroke.dashes();
        float[] pattern = null;
        if (!dashes.isEmpty()) {
            pattern = new float[dashes.size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = dashes.get(i).floatValue();
            }
        }
        g.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                pattern, 0f));
        g.draw(shape);
    }

    private static Path2D path(double[] points, boolean closed) {
        var path = new Path2D.Double();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i == 0) {
                path.moveTo(points[i], points[i + 1]);
            } else {
                path.lineTo(points[i], points[i + 1]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static Color color(Rgba rgba) {
        return new Color(rgba.red(), rgba.green(), rgba.blue(), (int) Math.round(rgba.alpha() * 255));
    }
}
