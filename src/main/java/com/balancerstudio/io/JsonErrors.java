package com.balancerstudio.io;

import com.balancerstudio.model.ElementKinds;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into messages for people: the JSON path, the line, and why, without Java names. */
final class JsonErrors {
    /** Where the parser says an unclosed object or list began, at the end of its quote of the document. */
    private static final Pattern START_LINE = Pattern.compile("; line: (\\d+), column:");

    private JsonErrors() {
    }

    static String path(JsonMappingException e) {
        var path = new StringBuilder("$");
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (e instanceof UnrecognizedPropertyException u && !path.toString().endsWith("." + u.getPropertyName())) {
            path.append('.').append(u.getPropertyName());
        }
        return path.toString();
    }

    static int line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
    }

    /** Why the value at the path was refused. */
    static String reason(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // The mapper wraps a limit met while binding a value; the limit is what the person needs to hear.
            if (cause instanceof StreamConstraintsException limit) {
                return beyondLimit(firstLine(limit.getOriginalMessage()));
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            var fact = ElementKinds.settingAwsDoesNotHave(u.getReferringClass(), u.getPropertyName());
            if (fact != null) {
                return "'" + u.getPropertyName() + "' is not allowed: " + fact;
            }
            return "unknown property '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidTypeIdException t) {
            return t.getTypeId() == null ? "the element has no \"type\""
                    : "'" + t.getTypeId() + "' is not a known type";
        }
        if (e instanceof ValueInstantiationException v) {
            var cause = v.getCause();
            while (cause != null && cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            return cause == null || cause.getMessage() == null ? "invalid value" : cause.getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            var message = firstLine(m.getOriginalMessage());
            if (message.startsWith("Missing required creator property")) {
                return "missing required property " + message.substring(message.indexOf('\''), message.lastIndexOf('\'') + 1);
            }
            if (m.getTargetType() != null) {
                return "expected " + expected(m.getTargetType());
            }
            return message;
        }
        if (e instanceof DatabindException) {
            return firstLine(e.getOriginalMessage());
        }
        var message = e.getOriginalMessage();
        return "not valid JSON: " + firstLine(message == null ? null : withoutSourceQuote(message));
    }

    /**
     * The parser's message without the quote of the document it adds after an unclosed object or list ("(start
     * marker at [Source: ...; line: 1, column: 47])"), which repeats the file's first characters; the line the object
     * or list was opened on is kept.
     */
    private static String withoutSourceQuote(String message) {
        int marker = message.indexOf(" (start marker at ");
        if (marker < 0) {
            return message;
        }
        var opened = START_LINE.matcher(message.substring(marker));
        String line = null;
        while (opened.find()) {
            line = opened.group(1);
        }
        return message.substring(0, marker) + (line == null ? "" : " opened on line " + line);
    }

    /** Which limit of {@link DesignMapper} the document went beyond, said with the limit. */
    private static String beyondLimit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "the document is nested more than " + DesignMapper.MAX_NESTING_DEPTH + " levels deep, the limit of a"
                    + " design file (a design needs fewer than 10)";
        }
        if (message.startsWith("String value length")) {
            return "a text value is longer than " + thousands(DesignMapper.MAX_STRING_LENGTH) + " characters, the limit"
                    + " of a design file";
        }
        if (message.startsWith("Number value length")) {
            return "a number is written with more than " + DesignMapper.MAX_NUMBER_LENGTH + " characters, the limit of"
                    + " a design file";
        }
        if (message.startsWith("Name length")) {
            return "a property name is longer than " + thousands(DesignMapper.MAX_NAME_LENGTH) + " characters, the"
                    + " limit of a design file";
        }
        if (message.startsWith("Document length")) {
            return "the document is longer than " + DesignFile.MAX_BYTES / (1024 * 1024) + " MB, the limit of a"
                    + " design file";
        }
        return "the document goes beyond a limit of design files (" + message + ")";
    }

    private static String thousands(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > 30) {
            return "";
        }
        return " (known: " + String.join(", ", ids.stream().map(String::valueOf).sorted().toList()) + ")";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            var names = List.of(type.getEnumConstants()).stream().map(String::valueOf).toList();
            return "one of " + String.join(", ", names);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.getSimpleName().equals("ElementId")) {
            return "an element id (text)";
        }
        if (type.getSimpleName().equals("Cidr")) {
            return "a CIDR block (text such as 10.0.0.0/16)";
        }
        if (type.getSimpleName().equals("Ipv6Cidr")) {
            return "an IPv6 CIDR block (text such as 2600:1f14:abc:de00::/56)";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
