package com.balancerstudio.importing.hcl;

import java.util.List;

/**
 * The indentation rule of {@code <<-} heredocs: the smallest run of leading spaces and tabs over the lines that are
 * not blank is removed from every line.
 */
final class HeredocIndent {
    private HeredocIndent() {
    }

    static void strip(List<TemplatePiece> pieces) {
        int indent = Integer.MAX_VALUE;
        boolean lineStart = true;
        for (var piece : pieces) {
            if (piece instanceof TemplatePiece.Text text) {
                indent = Math.min(indent, smallestIndent(text.text(), lineStart));
                lineStart = text.text().isEmpty() ? lineStart : text.text().endsWith("\n");
            } else {
                if (lineStart) {
                    indent = 0;
                }
                lineStart = false;
            }
        }
        if (indent == 0 || indent == Integer.MAX_VALUE) {
            return;
        }
        lineStart = true;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof TemplatePiece.Text text) {
                pieces.set(i, new TemplatePiece.Text(removeIndent(text.text(), lineStart, indent), text.start()));
                lineStart = text.text().isEmpty() ? lineStart : text.text().endsWith("\n");
            } else {
                lineStart = false;
            }
        }
    }

    /** The smallest indent of the lines that start in this text; a line ending in an interpolation counts. */
    private static int smallestIndent(String text, boolean startsAtLine) {
        int smallest = Integer.MAX_VALUE;
        int i = 0;
        if (!startsAtLine) {
            int newline = text.indexOf('\n');
            if (newline < 0) {
                return smallest;
            }
            i = newline + 1;
        }
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && isIndent(text.charAt(j))) {
                j++;
            }
            // Blank lines do not count; a line whose indent runs into an interpolation does.
            if (j == text.length() || text.charAt(j) != '\n') {
                smallest = Math.min(smallest, j - i);
            }
            int newline = text.indexOf('\n', i);
            if (newline < 0) {
                break;
            }
            i = newline + 1;
        }
        return smallest;
    }

    private static String removeIndent(String text, boolean startsAtLine, int indent) {
        var out = new StringBuilder(text.length());
        boolean atLine = startsAtLine;
        int i = 0;
        while (i < text.length()) {
            if (atLine) {
                int removed = 0;
                while (removed < indent && i < text.length() && isIndent(text.charAt(i))) {
                    i++;
                    removed++;
                }
                atLine = false;
                continue;
            }
            char c = text.charAt(i++);
            out.append(c);
            atLine = c == '\n';
        }
        return out.toString();
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t';
    }
}
