package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.importing.hcl.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Converting evaluated HCL values into the plain values of a design, with messages that say what was found. */
final class Values {
    private Values() {
    }

    /** What a value is, for a message: "a number", "the reference aws_vpc.main.id"... */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String s) {
            return "the string \"" + s + "\"";
        } else if (value instanceof BigDecimal n) {
            return "the number " + n.toPlainString();
        } else if (value instanceof Boolean b) {
            return b.toString();
        } else if (value instanceof List<?>) {
            return "a list";
        } else if (value instanceof Map<?, ?>) {
            return "a map";
        } else if (value instanceof AttributeRef ref) {
            return ref + " (known only once AWS creates it)";
        } else if (value instanceof VariableRef variable) {
            return variable + " (a variable without a default)";
        } else if (value instanceof InstanceValue instance) {
            return "the resource " + instance.instance().address();
        }
        return value.getClass().getSimpleName();
    }

    static String text(Object value, SourcePosition position, String argument) throws HclException {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new HclException(position, argument + " needs text, not " + describe(value));
    }

    static Integer integer(Object value, SourcePosition position, String argument) throws HclException {
        if (value == null) {
            return null;
        }
        try {
            var number = value instanceof String s ? new BigDecimal(s.trim()) : (BigDecimal) value;
            return number.intValueExact();
        } catch (ClassCastException | NumberFormatException | ArithmeticException e) {
            throw new HclException(position, argument + " needs a whole number, not " + describe(value));
        }
    }

    static Double number(Object value, SourcePosition position, String argument) throws HclException {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof String s ? Double.parseDouble(s.trim()) : ((BigDecimal) value).doubleValue();
        } catch (ClassCastException | NumberFormatException e) {
            throw new HclException(position, argument + " needs a number, not " + describe(value));
        }
    }

    static int wholeNumber(Object value, SourcePosition position, String argument, int min, int max)
            throws HclException {
        var n = integer(value, position, argument);
        if (n == null || n < min || n > max) {
            throw new HclException(position, argument + " needs a whole number from " + min + " to " + max
                    + ", not " + describe(value));
        }
        return n;
    }

    static Boolean bool(Object value, SourcePosition position, String argument) throws HclException {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        throw new HclException(position, argument + " needs true or false, not " + describe(value));
    }

    /** The enum constant whose design-file value (its {@code value()} method) is the text, ignoring case. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String text, SourcePosition position, String argument)
            throws HclException {
        if (text == null) {
            return null;
        }
        var accepted = new StringBuilder();
        for (var constant : type.getEnumConstants()) {
            String value;
            try {
                value = String.valueOf(type.getMethod("value").invoke(constant));
            } catch (ReflectiveOperationException e) {
                value = constant.name();
            }
            if (value.equalsIgnoreCase(text)) {
                return constant;
            }
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value);
        }
        throw new HclException(position, argument + " \"" + text + "\" is not one of " + accepted);
    }
}
