package com.balancerstudio.export;

import com.balancerstudio.render.Rgba;
import com.balancerstudio.render.Surface;
import com.balancerstudio.render.TextStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A {@link Surface} that writes SVG 1.1 elements: transforms and clips become nested groups, colours with alpha get
 * an opacity attribute, and text is XML-escaped. {@link #document} wraps what was drawn into a standalone file.
 */
public final class SvgSurface implements Surface {
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder defs = new StringBuilder();
    private final Deque<Integer> saved = new ArrayDeque<>();
    private int openGroups;
    private int clipCount;

    @Override
    public void save() {
        saved.push(openGroups);
        openGroups = 0;
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            throw new IllegalStateException("restore without save");
        }
        for (; openGroups > 0; openGroups--) {
            body.append("</g>\n");
        }
        openGroups = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        openGroup("transform=\"translate(" + n(dx) + " " + n(dy) + ")\"");
    }

    @Override
    public void scale(double factor) {
        openGroup("transform=\"scale(" + n(factor) + ")\"");
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        var id = "clip" + ++clipCount;
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\"/></clipPath>\n");
        openGroup("clip-path=\"url(#" + id + ")\"");
    }

    private void openGroup(String attributes) {
        body.append("<g ").append(attributes).append(">\n");
        openGroups++;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        rect(x, y, width, height, 0, fill(fill));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Stroke stroke) {
        rect(x, y, width, height, 0, stroke(stroke));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba fill) {
        rect(x, y, width, height, radius, fill(fill));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, Stroke stroke) {
        rect(x, y, width, height, radius, stroke(stroke));
    }

    private void rect(double x, double y, double width, double height, double radius, String paint) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append('"');
        if (radius > 0) {
            body.append(" rx=\"").append(n(radius)).append('"');
        }
        body.append(paint).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        ellipse(x, y, width, height, fill(fill));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        ellipse(x, y, width, height, stroke(stroke));
    }

    private void ellipse(double x, double y, double width, double height, String paint) {
        body.append("<ellipse cx=\"").append(n(x + width / 2)).append("\" cy=\"").append(n(y + height / 2))
                .append("\" rx=\"").append(n(width / 2)).append("\" ry=\"").append(n(height / 2)).append('"')
                .append(paint).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void polyline(double[] points, Stroke stroke) {
        body.append("<polyline points=\"").append(points(points)).append('"').append(stroke(stroke))
                .append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void fillPolygon(double[] points, Rgba fill) {
        body.append("<polygon points=\"").append(points(points)).append('"').append(fill(fill)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        var anchor = style.align() == TextStyle.Align.CENTER ? "middle"
                : style.align() == TextStyle.Align.END ? "end" : "start";
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(style.size())).append('"');
        if (style.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        if (!anchor.equals("start")) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        body.append(fill(fill)).append('>').append(Xml.escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return Fonts.width(text, style);
    }

    /** A standalone SVG document of the given size (in pixels) showing the design area {@code x, y, w, h}. */
    public String document(double pixelWidth, double pixelHeight, double x, double y, double width, double height,
                           String title) {
        var out = new StringBuilder(body.length() + defs.length() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(pixelWidth))
                .append("\" height=\"").append(n(pixelHeight)).append("\" viewBox=\"").append(n(x)).append(' ')
                .append(n(y)).append(' ').append(n(width)).append(' ').append(n(height)).append("\" font-family=\"")
                .append(Xml.escape(Fonts.SVG_FAMILY)).append("\">\n");
        if (title != null && !title.isEmpty()) {
            out.append("<title>").append(Xml.escape(title)).append("</title>\n");
        }
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body);
        for (int i = 0; i < openGroups; i++) {
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    private static String fill(Rgba color) {
        var paint = " fill=\"" + color.toHex() + '"';
        return color.alpha() < 1 ? paint + " fill-opacity=\"" + n(color.alpha()) + '"' : paint;
    }

    private static String stroke(Stroke stroke) {
        var color = stroke.color();
        var out = new StringBuilder(" fill=\"none\" stroke=\"").append(color.toHex()).append("\" stroke-width=\"")
                .append(n(stroke.width())).append('"');
        if (color.alpha() < 1) {
            out.append(" stroke-opacity=\"").append(n(color.alpha())).append('"');
        }
        if (!stroke.dashes().isEmpty()) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < stroke.dashes().size(); i++) {
                out.append(i == 0 ? "" : " ").append(n(stroke.dashes().get(i)));
            }
            out.append('"');
        }
        return out.toString();
    }

    private static String points(double[] points) {
        var out = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        return out.toString();
    }

    /** A number with at most two decimals and no trailing zeros, so files stay small and diff well. */
    static String n(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }
}
