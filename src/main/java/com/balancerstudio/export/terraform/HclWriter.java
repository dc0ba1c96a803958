package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes top-level blocks as {@code terraform fmt} lays them out: two spaces per level, the equals signs of
 * consecutive one-line arguments aligned, objects with object values over several lines.
 */
final class HclWriter {
    /** Arguments Terraform reads before the others; a blank line follows them. */
    private static final Set<String> META_ARGUMENTS = Set.of("for_each", "count", "provider");
    private static final int LONG_LINE = 100;

    private final List<Line> lines = new ArrayList<>();

    /** One output line: its indent, the text before the equals sign (if it is a one-line argument) and after. */
    private record Line(int indent, String key, String text) {
    }

    static String write(List<TopBlock> blocks) {
        var writer = new HclWriter();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                writer.blank();
            }
            writer.block(0, blocks.get(i).header(), blocks.get(i).body());
        }
        return writer.render();
    }

    /** A block at the top of a file: its header ({@code resource "aws_vpc" "main"}) and body. */
    record TopBlock(String header, Body body) {
        static TopBlock of(String type, List<String> labels, Body body) {
            var header = new StringBuilder(type);
            labels.forEach(label -> header.append(' ').append(Hcl.quote(label)));
            return new TopBlock(header.toString(), body);
        }
    }

    private void blank() {
        lines.add(new Line(0, null, ""));
    }

    private void text(int indent, String text) {
        lines.add(new Line(indent, null, text));
    }

    private void block(int indent, String header, Body body) {
        if (body.isEmpty()) {
            text(indent, header + " {}");
            return;
        }
        text(indent, header + " {");
        body(indent + 1, body);
        text(indent, "}");
    }

    private void body(int indent, Body body) {
        var items = body.items();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (i > 0 && needsBlankBefore(items.get(i - 1), item)) {
                blank();
            }
            if (item instanceof Body.Attribute attribute) {
                attribute(indent, attribute.name(), attribute.value());
            } else if (item instanceof Body.Block nested) {
                var header = new StringBuilder(nested.type());
                nested.labels().forEach(label -> header.append(' ').append(Hcl.quote(label)));
                block(indent, header.toString(), nested.body());
            }
        }
    }

    private static boolean needsBlankBefore(Body.Item previous, Body.Item item) {
        boolean previousIsMeta = previous instanceof Body.Attribute a && META_ARGUMENTS.contains(a.name());
        boolean itemIsMeta = item instanceof Body.Attribute a && META_ARGUMENTS.contains(a.name());
        if (previousIsMeta) {
            return !itemIsMeta;
        }
        return item instanceof Body.Block || previous instanceof Body.Block
                || item instanceof Body.Attribute a && (a.name().equals("tags") || a.name().equals("depends_on"));
    }

    private void attribute(int indent, String name, Expr value) {
        if (value instanceof Expr.Tags tags) {
            text(indent, name + " = merge(var.tags, {");
            lines.add(new Line(indent + 1, "Name", tags.name().render()));
            text(indent, "})");
        } else if (value instanceof Expr.Lines lines && !lines.object().entries().isEmpty()) {
            objectLines(indent, name, lines.object());
        } else if (value instanceof Expr.ObjectOf object && multiLine(object)) {
            objectLines(indent, name, object);
        } else {
            lines.add(new Line(indent, name, value.render()));
        }
    }

    private void objectLines(int indent, String name, Expr.ObjectOf object) {
        text(indent, name + " = {");
        object.entries().forEach((key, entry) -> attribute(indent + 1, Expr.ObjectOf.key(key), entry));
        text(indent, "}");
    }

    private static boolean multiLine(Expr.ObjectOf object) {
        return object.entries().values().stream().anyMatch(v -> v instanceof Expr.ObjectOf)
                || object.render().length() > LONG_LINE;
    }

    /** Joins the lines, padding the keys of each run of one-line arguments to the same width. */
    private String render() {
        var out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).key() == null) {
                var line = lines.get(i++);
                out.append(line.text().isEmpty() ? "" : "  ".repeat(line.indent()) + line.text()).append('\n');
                continue;
            }
            int end = i;
            int width = 0;
            while (end < lines.size() && lines.get(end).key() != null) {
                var key = lines.get(end).key();
                width = Math.max(width, key.codePointCount(0, key.length()));
                end++;
            }
            for (; i < end; i++) {
                var line = lines.get(i);
                int pad = width - line.key().codePointCount(0, line.key().length());
                out.append("  ".repeat(line.indent())).append(line.key()).append(" ".repeat(pad)).append(" = ")
                        .append(line.text()).append('\n');
            }
        }
        return out.toString();
    }
}
