package com.balancerstudio.importing.hcl;

/** The backslash escapes of quoted HCL strings. */
final class Escapes {
    private Escapes() {
    }

    /** Reads one escape sequence at the cursor (which is on the backslash) and appends what it stands for. */
    static void read(Cursor in, StringBuilder out) throws HclException {
        int start = in.pos();
        char c = in.peek(1);
        switch (c) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                int codePoint = hex(in, start + 2, digits);
                if (c == 'u') {
                    // A lone surrogate half is kept as written so that any Java string survives a round trip.
                    out.append((char) codePoint);
                } else {
                    if (codePoint > Character.MAX_CODE_POINT) {
                        throw in.error(start, "\\U" + in.text().substring(start + 2, start + 10)
                                + " is not a Unicode character");
                    }
                    out.appendCodePoint(codePoint);
                }
                in.advance(2 + digits);
                return;
            }
            default -> throw in.error(start, c == 0 || c == '\n' ? "unterminated string"
                    : "unknown escape sequence '\\" + c + "': use \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN");
        }
        in.advance(2);
    }

    private static int hex(Cursor in, int from, int digits) throws HclException {
        var text = in.text();
        long value = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = i < text.length() ? Character.digit(text.charAt(i), 16) : -1;
            if (digit < 0) {
                throw in.error(from - 2, "\\" + text.charAt(from - 1) + " must be followed by " + digits
                        + " hexadecimal digits");
            }
            value = value * 16 + digit;
        }
        return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
    }
}
