package com.balancerstudio.importing.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The value model shared by the evaluator and the functions: conversions, equality and type names. */
final class Values {
    private Values() {
    }

    /** Numbers are kept without trailing zeros and never in exponent form, so equal numbers are equal objects. */
    static BigDecimal number(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Numbers beyond this many decimal digits either side of the point are refused rather than expanded. */
    private static final int MAX_MAGNITUDE = 1000;

    /** The number a text spells, or null when it is not one or is absurdly large or small. */
    static BigDecimal parseNumber(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        var stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > MAX_MAGNITUDE || stripped.scale() > MAX_MAGNITUDE) {
            return null;
        }
        return number(stripped);
    }

    /** A value with its numbers in canonical form, so that equal values are equal objects with equal hashes. */
    static Object canonical(Object value) {
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        if (value instanceof List<?> list) {
            var items = new ArrayList<>();
            for (var item : list) {
                items.add(canonical(item));
            }
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            var entries = new LinkedHashMap<Object, Object>();
            for (var entry : map.entrySet()) {
                entries.put(entry.getKey(), canonical(entry.getValue()));
            }
            return entries;
        }
        return value;
    }

    static List<Object> list(Collection<?> items) {
        return Collections.unmodifiableList(new ArrayList<>(items));
    }

    static Map<String, Object> map(Map<String, ?> entries) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A value the caller made that the evaluator only carries along. */
    static boolean isOpaque(Object value) {
        return value != null && !(value instanceof String) && !(value instanceof Number)
                && !(value instanceof Boolean) && !(value instanceof List) && !(value instanceof Map);
    }

    static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a bool";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a map";
        }
        return "a reference whose value is not known here";
    }

    static HclException error(HclExpression where, String reason) {
        return new HclException(where.position(), reason);
    }

    static BigDecimal toNumber(Object value, HclExpression where) throws HclException {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        if (value instanceof String text) {
            var number = parseNumber(text.strip());
            if (number == null) {
                throw error(where, "`" + where.source() + "` is \"" + text + "\", which is not a number");
            }
            return number;
        }
        throw error(where, "`" + where.source() + "` is " + typeName(value) + ", not a number");
    }

    static String toText(Object value, HclExpression where) throws HclException {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString())).toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        throw error(where, "`" + where.source() + "` is " + typeName(value) + ", not a string");
    }

    static boolean toBool(Object value, HclExpression where) throws HclException {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return value.equals("true");
        }
        throw error(where, "`" + where.source() + "` is " + typeName(value) + ", not true or false");
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Iterator<?> keys = x.keySet().iterator(); keys.hasNext(); ) {
                var key = keys.next();
                if (!same(x.get(key), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }
}
