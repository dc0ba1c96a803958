package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** An HCL expression as the exporter writes it; text from a design only ever enters through {@link Str}. */
sealed interface Expr {
    /** The expression on one line (a multi-line rendering is the writer's business). */
    String render();

    static Expr str(String text) {
        return new Str(text);
    }

    static Expr num(long value) {
        return new Num(Long.toString(value));
    }

    static Expr num(double value) {
        return new Num(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value));
    }

    static Expr bool(boolean value) {
        return new Raw(Boolean.toString(value));
    }

    /** A reference such as {@code var.region} or {@code each.key}; only for text the exporter makes itself. */
    static Expr raw(String text) {
        return new Raw(text);
    }

    static Expr list(List<? extends Expr> items) {
        return new ListOf(List.copyOf(items));
    }

    /** A string literal from a design. */
    record Str(String text) implements Expr {
        public Str {
            Objects.requireNonNull(text);
        }

        @Override
        public String render() {
            return Hcl.quote(text);
        }
    }

    /** A number literal. */
    record Num(String text) implements Expr {
        @Override
        public String render() {
            return text;
        }
    }

    /** An expression written by the exporter itself (references, function calls, keywords). */
    record Raw(String text) implements Expr {
        @Override
        public String render() {
            return text;
        }
    }

    /** An attribute of a resource, possibly of one instance of a for_each resource. */
    record Ref(Address address, String attribute) implements Expr {
        @Override
        public String render() {
            return address.render() + "." + attribute;
        }
    }

    /** A tuple {@code [a, b]}. */
    record ListOf(List<Expr> items) implements Expr {
        @Override
        public String render() {
            var parts = new ArrayList<String>();
            items.forEach(item -> parts.add(item.render()));
            return "[" + String.join(", ", parts) + "]";
        }
    }

    /** An object {@code { key = value, ... }} on one line, keys written as identifiers or quoted strings. */
    record ObjectOf(Map<String, Expr> entries) implements Expr {
        public ObjectOf {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String render() {
            if (entries.isEmpty()) {
                return "{}";
            }
            var parts = new ArrayList<String>();
            entries.forEach((key, value) -> parts.add(key(key) + " = " + value.render()));
            return "{ " + String.join(", ", parts) + " }";
        }

        /** An object key that HCL reads without quotes. */
        private static final Pattern BARE_KEY = Pattern.compile("[a-z][a-z0-9_]*");

        static String key(String key) {
            return BARE_KEY.matcher(key).matches() ? key : Hcl.quote(key);
        }
    }

    /** An object always written over several lines, one entry per line (as provider requirements are). */
    record Lines(ObjectOf object) implements Expr {
        @Override
        public String render() {
            return object.render();
        }
    }

    /** The tags of a resource: the common tags merged with its Name tag (written over three lines). */
    record Tags(Expr name) implements Expr {
        @Override
        public String render() {
            return "merge(var.tags, { Name = " + name.render() + " })";
        }
    }
}
