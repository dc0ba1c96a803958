package com.balancerstudio.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that remembers what was drawn, as readable lines ("text web-alb", "fillOval #d91515 ..."), for tests. */
final class RecordingSurface implements Surface {
    final List<String> calls = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    /** The scale of the current transform, and those saved before it, as a screen surface has. */
    private double scale = 1;
    private final java.util.ArrayDeque<Double> saved = new java.util.ArrayDeque<>();
    /** Whether the surface reports its scale as a screen does (an export's surface answers 1 whatever it is). */
    private final boolean screen;

    RecordingSurface() {
        this(false);
    }

    RecordingSurface(boolean screen) {
        this.screen = screen;
    }

    @Override public void save() {
        saved.push(scale);
    }

    @Override public void restore() {
        scale = saved.pop();
    }

    @Override public void translate(double dx, double dy) { }

    @Override public void scale(double factor) {
        scale *= factor;
    }

    @Override public double pixelsPerUnit() {
        return screen ? scale : 1;
    }

    @Override public void clip(double x, double y, double width, double height) { }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        calls.add("fillRect " + fill.toHex() + (fill.alpha() < 1 ? "@" + fill.alpha() : "") + " " + x + " " + y + " " + width + " " + height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Stroke stroke) {
        calls.add("strokeRect " + stroke.color().toHex() + " " + x + " " + y + " " + width + " " + height
                + (stroke.dashes().isEmpty() ? "" : " dashed"));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba fill) {
        calls.add("fillRoundRect " + fill.toHex() + " " + x + " " + y + " " + width + " " + height);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, Stroke stroke) {
        calls.add("strokeRoundRect " + stroke.color().toHex());
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        calls.add("fillOval " + fill.toHex() + " " + x + " " + y + " " + width + " " + height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        calls.add("strokeOval " + stroke.color().toHex());
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        calls.add("line " + stroke.color().toHex());
    }

    @Override
    public void polyline(double[] points, Stroke stroke) {
        calls.add("polyline " + stroke.color().toHex());
    }

    @Override
    public void fillPolygon(double[] points, Rgba fill) {
        calls.add("fillPolygon " + fill.toHex());
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        texts.add(text);
        calls.add("text " + text);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return text.length() * style.size() * 0.6;
    }

    long count(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).count();
    }
}
