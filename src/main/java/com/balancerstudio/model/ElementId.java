package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The stable identity of an element in a design; other elements refer to it by this value. */
public record ElementId(String value) implements Comparable<ElementId> {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    public ElementId {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid element id"
                    + " (letters, digits, '_', '.', ':' or '-', starting with a letter or digit, at most 128 characters)");
        }
    }

    @JsonCreator
    public static ElementId of(String value) {
        return new ElementId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ElementId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
