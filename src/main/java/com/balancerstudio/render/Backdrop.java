package com.balancerstudio.render;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Subnet;

/**
 * The opaque colour that lies behind an element's text (the diagram background, or a subnet's tint over it), so that
 * labels can sit on a small plate of that colour and connectors passing underneath never cut through the letters.
 */
final class Backdrop {
    private static final double SUBNET_TINT = 0.1;

    private Backdrop() {
    }

    /** The tint a subnet lays over the background. */
    static double subnetTint() {
        return SUBNET_TINT;
    }

    /** The colour behind text drawn inside {@code container} (null: the top level). */
    static Rgba inside(Theme theme, Design design, Element container) {
        if (container instanceof Subnet subnet) {
            var tint = design.topology().isPublic(subnet) ? theme.publicSubnet() : theme.privateSubnet();
            return mix(theme.background(), tint, SUBNET_TINT);
        }
        return theme.background();
    }

    static Rgba mix(Rgba base, Rgba over, double share) {
        return new Rgba(channel(base.red(), over.red(), share), channel(base.green(), over.green(), share),
                channel(base.blue(), over.blue(), share), 1);
    }

    private static int channel(int base, int over, double share) {
        return (int) Math.round(base * (1 - share) + over * share);
    }
}
