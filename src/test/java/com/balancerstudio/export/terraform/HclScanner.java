package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small reader of the HCL the exporter writes, for tests that must not depend on Terraform: it decodes every
 * string literal (escapes, {@code $${}, {@code %%{}), counts template interpolations and directives, checks that
 * braces and brackets balance, and lists the top-level blocks and the resource references.
 */
final class HclScanner {
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.\"])(aws_[a-z0-9_]+\\.[a-z_][a-z0-9_]*|var\\.[a-z_][a-z0-9_]*|data\\.aws_[a-z0-9_]+\\.[a-z_][a-z0-9_]*)");

    /** What one file holds. */
    record Scan(List<String> strings, List<String> topLevelBlocks, List<String> references, int interpolations,
                int directives) {
    }

    private final String text;
    private int i;
    private final List<String> strings = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder code = new StringBuilder();
    private int interpolations;
    private int directives;

    private HclScanner(String text) {
        this.text = text;
    }

    /** Reads the file, or throws IllegalArgumentException saying where it is not HCL as the exporter writes it. */
    static Scan scan(String text) {
        var scanner = new HclScanner(text);
        scanner.run();
        var references = new ArrayList<String>();
        var matcher = REFERENCE.matcher(scanner.code);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return new Scan(scanner.strings, scanner.blocks, references, scanner.interpolations, scanner.directives);
    }

    private void run() {
        int depth = 0;
        var header = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"') {
                i++;
                var value = string();
                strings.add(value);
                code.append("\"\"");
                if (depth == 0) {
                    header.append('"').append(value).append('"');
                }
                continue;
            }
            if (c == '{' || c == '[' || c == '(') {
                if (depth == 0 && c == '{') {
                    blocks.add(header.toString().trim());
                    header.setLength(0);
                }
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("unbalanced '" + c + "' at offset " + i);
                }
            } else if (depth == 0 && c != '\n') {
                header.append(c);
            }
            if (c == '\n' && depth == 0) {
                header.setLength(0);
            }
            code.append(c);
            i++;
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unclosed block or bracket at the end");
        }
    }

    /** Reads a string literal after its opening quote and returns its value. */
    private String string() {
        var value = new StringBuilder();
        while (true) {
            if (i >= text.length() || text.charAt(i) == '\n') {
                throw new IllegalArgumentException("string literal not closed on its line at offset " + i);
            }
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                return value.toString();
            }
            if (c == '\\') {
                value.append(escape());
                continue;
            }
            if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", i)) {
                value.append(c).append('{');
                i += 3;
                continue;
            }
            if ((c == '$' || c == '%') && text.startsWith(c + "{", i)) {
                if (c == '$') {
                    interpolations++;
                } else {
                    directives++;
                }
                value.append(templateSequence());
                continue;
            }
            value.append(c);
            i++;
        }
    }

    private String escape() {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        i += 2;
        switch (next) {
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u': return hex(4);
            case 'U': return hex(8);
            default: throw new IllegalArgumentException("unknown escape \\" + next + " at offset " + (i - 2));
        }
    }

    private String hex(int digits) {
        var value = new StringBuilder().appendCodePoint(Integer.parseInt(text.substring(i, i + digits), 16));
        i += digits;
        return value.toString();
    }

    /** Skips an interpolation or directive (up to its closing brace) and returns it as written. */
    private String templateSequence() {
        int start = i;
        i += 2;
        int depth = 1;
        while (depth > 0) {
            if (i >= text.length() || text.charAt(i) == '\n') {
                throw new IllegalArgumentException("template sequence not closed at offset " + start);
            }
            char c = text.charAt(i++);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        code.append(text, start + 2, i - 1).append(' ');
        return text.substring(start, i);
    }
}
