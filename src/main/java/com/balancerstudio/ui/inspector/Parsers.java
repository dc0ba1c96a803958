package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.rules.AwsLimits;
import java.util.function.Function;

/** Turns what is typed into a property value, or says exactly what is wrong with it. */
public final class Parsers {
    private Parsers() {
    }

    /** A whole number within the AWS range (if any); empty text is the AWS default (null) unless required. */
    public static Function<String, Object> wholeNumber(AwsLimits.Range range, boolean required) {
        return text -> {
            var trimmed = text.strip();
            if (trimmed.isEmpty()) {
                if (required) {
                    throw new IllegalArgumentException("a whole number is required");
                }
                return null;
            }
            long value;
            try {
                value = Long.parseLong(trimmed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a whole number");
            }
            if (range != null && !range.contains(value)) {
                throw new IllegalArgumentException("AWS allows " + range + ", not " + value);
            }
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                throw new IllegalArgumentException(value + " is too large");
            }
            return (int) value;
        };
    }

    /** A CIDR block, with {@link Cidr#parse}'s message when the text is not one. */
    public static Function<String, Object> cidr() {
        return text -> Cidr.parse(text.strip());
    }

    /** Text; empty text is the AWS default (null) unless required. */
    public static Function<String, Object> text(boolean required) {
        return text -> {
            if (text.isBlank()) {
                if (required) {
                    throw new IllegalArgumentException("this cannot be empty");
                }
                return null;
            }
            return text.strip();
        };
    }
}
