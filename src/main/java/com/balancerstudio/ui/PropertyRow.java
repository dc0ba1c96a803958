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
            rows.add(new PropertyRow(snakeCase(component.getName()), String.valueOf(value)));
        }
        return rows;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
