package com.balancerstudio.importing.hcl;

/**
 * Where an expression starts and the stretch of the file it covers; its text is cut from the file only when asked,
 * so deeply nested expressions do not each hold a copy of everything inside them.
 */
public final class SourceSpan {
    private final String text;
    private final int start;
    private final int end;
    private final SourcePosition position;

    public SourceSpan(String text, int start, int end, SourcePosition position) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.position = position;
    }

    /** A span for text that is already cut out. */
    public static SourceSpan of(SourcePosition position, String source) {
        return new SourceSpan(source, 0, source.length(), position);
    }

    public SourcePosition position() {
        return position;
    }

    /** The text exactly as written in the file. */
    public String source() {
        return text.substring(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceSpan span && span.position.equals(position) && span.source().equals(source());
    }

    @Override
    public int hashCode() {
        return position.hashCode() * 31 + (end - start);
    }

    @Override
    public String toString() {
        return position + " `" + source() + "`";
    }
}
