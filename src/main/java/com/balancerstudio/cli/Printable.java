package com.balancerstudio.cli;

/** Text from a design made safe for a terminal: control characters (newlines included) shown as escapes. */
final class Printable {
    private Printable() {
    }

    static String of(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
