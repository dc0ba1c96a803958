package com.balancerstudio.importing.hcl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Terraform's {@code jsonencode}: compact JSON, object keys sorted, HTML-sensitive characters escaped. */
final class JsonEncoder {
    private JsonEncoder() {
    }

    static String encode(Object value, HclExpression where) throws HclException {
        var out = new StringBuilder();
        write(value, out, where, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, HclExpression where, int depth) throws HclException {
        if (depth > Cursor.MAX_DEPTH) {
            throw Values.error(where, "`" + where.source() + "` is nested too deeply to encode as JSON");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Number number) {
            out.append(Values.number(new BigDecimal(number.toString())).toPlainString());
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out, where, depth + 1);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var entry : new TreeMap<>(map).entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out, where, depth + 1);
            }
            out.append('}');
        } else {
            throw Values.error(where, "`" + where.source() + "` cannot be encoded as JSON: it holds "
                    + Values.typeName(value));
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
