package com.balancerstudio.render;

/** How a piece of text is drawn: size in design units, weight, horizontal alignment around the given point. */
public record TextStyle(double size, boolean bold, Align align) {
    /** Where the text's anchor point lies: at its start, centre or end. */
    public enum Align { START, CENTER, END }

    public TextStyle {
        if (!(size > 0)) {
            throw new IllegalArgumentException("text size must be positive");
        }
    }
}
