package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** The arguments and nested blocks of an HCL block, in the order they are written; null values are left out. */
final class Body {
    /** One argument {@code name = value}. */
    public record Attribute(String name, Expr value) implements Item {
    }

    /** A nested block such as {@code health_check { ... }} or {@code dynamic "tag" { ... }}. */
    public record Block(String type, List<String> labels, Body body) implements Item {
    }

    /** An argument or a nested block. */
    public sealed interface Item permits Attribute, Block {
    }

    private final List<Item> items = new ArrayList<>();

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Body attr(String name, Expr value) {
        if (value != null) {
            items.add(new Attribute(name, value));
        }
        return this;
    }

    public Body str(String name, String value) {
        return attr(name, value == null ? null : Expr.str(value));
    }

    public Body num(String name, Number value) {
        if (value instanceof Double d) {
            return attr(name, Expr.num(d));
        }
        return attr(name, value == null ? null : Expr.num(value.longValue()));
    }

    public Body bool(String name, Boolean value) {
        return attr(name, value == null ? null : Expr.bool(value));
    }

    public Body block(String type, Consumer<Body> content) {
        return labeledBlock(type, List.of(), content);
    }

    public Body labeledBlock(String type, List<String> labels, Consumer<Body> content) {
        var body = new Body();
        content.accept(body);
        items.add(new Block(type, List.copyOf(labels), body));
        return this;
    }

    /** The value of an argument written directly in this body, or null. */
    public Expr get(String name) {
        for (var item : items) {
            if (item instanceof Attribute a && a.name().equals(name)) {
                return a.value();
            }
        }
        return null;
    }

    /** A copy with the named argument's value replaced (or added first when absent). */
    public Body with(String name, Expr value) {
        var copy = new Body();
        boolean replaced = false;
        for (var item : items) {
            if (item instanceof Attribute a && a.name().equals(name)) {
                copy.items.add(new Attribute(name, value));
                replaced = true;
            } else {
                copy.items.add(item);
            }
        }
        if (!replaced) {
            copy.items.add(0, new Attribute(name, value));
        }
        return copy;
    }

    /** A body from the given items. */
    static Body of(List<Item> items) {
        var body = new Body();
        body.items.addAll(items);
        return body;
    }
}
