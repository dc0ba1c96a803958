package com.balancerstudio.importing.hcl;

import java.util.ArrayList;
import java.util.Arrays;

/** The reading position in one HCL file: characters, whitespace and comments, and line:column of any offset. */
final class Cursor {
    /** Deeper nesting than this is refused, so hostile input cannot exhaust the stack. */
    static final int MAX_DEPTH = 200;

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private int pos;
    private int end;
    private int depth;

    Cursor(String file, String text) {
        this.file = file;
        this.text = text;
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    int pos() {
        return pos;
    }

    /** Goes back to a saved reading position and end. */
    void reset(int offset, int savedEnd) {
        pos = offset;
        end = savedEnd;
    }

    /** The offset just after the last character that belonged to something read (not whitespace or comments). */
    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : 0;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    void advance(int count) {
        pos += count;
        end = pos;
    }

    /** Consumes {@code s} when it comes next. */
    boolean take(String s) {
        if (startsWith(s)) {
            advance(s.length());
            return true;
        }
        return false;
    }

    void expect(String s, String what) throws HclException {
        if (!take(s)) {
            throw error(pos, "expected " + what + ", found " + describeNext());
        }
    }

    /** Skips spaces and comments, and new lines too when they do not end anything here. */
    void skipSpace(boolean newlines) throws HclException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF' || newlines && c == '\n') {
                pos++;
            } else if (c == '#' || c == '/' && peek(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw error(pos, "unterminated comment: '/*' has no matching '*/'");
                }
                pos = close + 2;
            } else {
                return;
            }
        }
    }

    boolean atIdentifierStart() {
        return !atEnd() && isIdentifierStart(peek());
    }

    static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    String identifier(String what) throws HclException {
        if (!atIdentifierStart()) {
            throw error(pos, "expected " + what + ", found " + describeNext());
        }
        int start = pos;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        end = pos;
        return text.substring(start, pos);
    }

    /** Whether the keyword comes next as a whole word. */
    boolean atKeyword(String word) {
        return startsWith(word) && !(pos + word.length() < text.length()
                && isIdentifierPart(text.charAt(pos + word.length())));
    }

    String describeNext() {
        if (atEnd()) {
            return "the end of the file";
        }
        char c = peek();
        if (c == '\n') {
            return "the end of the line";
        }
        if (atIdentifierStart()) {
            int stop = pos;
            while (stop < text.length() && isIdentifierPart(text.charAt(stop))) {
                stop++;
            }
            return "'" + text.substring(pos, stop) + "'";
        }
        return "'" + new String(Character.toChars(text.codePointAt(pos))) + "'";
    }

    SourcePosition position(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePosition(file, line + 1, offset - lineStarts[line] + 1);
    }

    HclException error(int offset, String reason) {
        return new HclException(position(offset), reason);
    }

    /** Enters one level of nesting; every {@code enter} is paired with {@link #leave()}. */
    void enter() throws HclException {
        enter("the expression");
    }

    /** Enters one level of nesting of {@code what} (named in the refusal); paired with {@link #leave()}. */
    void enter(String what) throws HclException {
        if (++depth > MAX_DEPTH) {
            throw error(pos, what + " is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    void leave() {
        depth--;
    }
}
