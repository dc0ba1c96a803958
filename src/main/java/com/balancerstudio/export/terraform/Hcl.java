package com.balancerstudio.export.terraform;

import java.util.Locale;

/**
 * The one place where text from a design becomes HCL: string literals are escaped so that no name or value can end
 * the string, start an interpolation or directive, or break the line; identifiers are made from names safely.
 */
public final class Hcl {
    private Hcl() {
    }

    /**
     * A quoted HCL string literal with exactly the given text as its value. Quotes and backslashes are escaped,
     * {@code ${} and {@code %{} are doubled into their literal forms, and every control character (newlines
     * included) becomes an escape sequence, so the literal always stays on one line.
     */
    public static String quote(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> out.append(c).append(next == '{' ? String.valueOf(c) : "");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !validSurrogate(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * A Terraform identifier (resource, variable or output name) made from any text: lower case letters, digits
     * and underscores, starting with a letter; {@code fallback} when nothing usable is left.
     */
    public static String identifier(String text, String fallback) {
        var out = new StringBuilder();
        boolean pendingUnderscore = false;
        var lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pendingUnderscore && out.length() > 0) {
                    out.append('_');
                }
                pendingUnderscore = false;
                out.append(c);
            } else {
                pendingUnderscore = true;
            }
        }
        if (out.length() == 0) {
            return fallback;
        }
        if (!Character.isLetter(out.charAt(0))) {
            out.insert(0, fallback + "_");
        }
        // Long labels are legal but unreadable in references; names beyond this are cut.
        return out.length() > 60 ? out.substring(0, 60).replaceAll("_+$", "") : out.toString();
    }
}
