package com.balancerstudio.model;

/** A width and height in design units, never negative. */
public record Size(double width, double height) {
    public Size {
        if (width < 0 || height < 0 || Double.isNaN(width) || Double.isNaN(height)) {
            throw new IllegalArgumentException("a size cannot be negative: " + width + " x " + height);
        }
    }
}
