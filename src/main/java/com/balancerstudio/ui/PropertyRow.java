package com.balancerstudio.ui;

import com.balancerstudio.model.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** One property of an element as the properties table shows it: its design-file name and its value as text. */
record PropertyRow(String name, String value) {

    /** The element's properties in declaration order, named as in the design file, unset ones left out. */
    static List<PropertyRow> of(Element element) {
        var rows = new ArrayList<PropertyRow>();
        rows.add(new PropertyRow("type", element.kindLabel()));
        for (var component : element.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(element);
            } catch (ReflectiveOperationException e) {
                value = "(unavailable)";
            }
            if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            rows.add(new PropertyRow(snakeCase(component.getName()), text(value)));
        }
        return rows;
    }

    /** A value as a person reads it: records as "name: value" pairs, lists comma-separated, 40.0 as 40. */
    static String text(Object value) {
        if (value instanceof Record record && !writesItself(record)) {
            var parts = new ArrayList<String>();
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    var part = component.getAccessor().invoke(record);
                    if (part != null && !(part instanceof Collection<?> c && c.isEmpty())) {
                        parts.add(snakeCase(component.getName()) + ": " + text(part));
                    }
                } catch (ReflectiveOperationException e) {
                    parts.add(component.getName() + ": ?");
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(PropertyRow::text).toList());
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    /** Ids and CIDR blocks have their own written form. */
    private static boolean writesItself(Record record) {
        return record instanceof com.balancerstudio.model.ElementId || record instanceof com.balancerstudio.model.Cidr;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
