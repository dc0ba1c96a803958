package com.balancerstudio.render;

/** A colour with alpha, independent of any toolkit; each surface converts it to its own. */
public record Rgba(int red, int green, int blue, double alpha) {
    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour out of range: " + red + "," + green + "," + blue + "," + alpha);
        }
    }

    /** Parses "#rrggbb". */
    public static Rgba hex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("'" + hex + "' is not a colour of the form #rrggbb");
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgba(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff, 1);
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** "#rrggbb", without the alpha. */
    public String toHex() {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
