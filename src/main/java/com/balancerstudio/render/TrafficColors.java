package com.balancerstudio.render;

/**
 * The colours of simulated traffic, the same on the light and the dark theme: one of ten distinct hues per client (so
 * a sticky client's requests visibly keep to one target), or the outcome of each request.
 */
public final class TrafficColors {
    private TrafficColors() {
    }

    /** Ten hues told apart easily (the Tableau 10 palette). */
    private static final Rgba[] CLIENTS = {
        Rgba.hex("#4e79a7"), Rgba.hex("#f28e2b"), Rgba.hex("#e15759"), Rgba.hex("#76b7b2"), Rgba.hex("#59a14f"),
        Rgba.hex("#edc948"), Rgba.hex("#b07aa1"), Rgba.hex("#ff9da7"), Rgba.hex("#9c755f"), Rgba.hex("#bab0ac"),
    };
    /** A request whose answer has not come yet. */
    public static final Rgba IN_FLIGHT = Rgba.hex("#2f80ed");
    /** A request a target answered. */
    public static final Rgba SUCCEEDED = Rgba.hex("#27ae60");
    /** A request the load balancer answered by itself (a redirect or a fixed response). */
    public static final Rgba ANSWERED_BY_LOAD_BALANCER = Rgba.hex("#8d99a6");
    public static final Rgba FAILED = Rgba.hex("#e0282e");

    /** The hue of a simulated client, from the number at the end of its id ("users-7"). */
    public static Rgba ofClient(String clientId) {
        int dash = clientId.lastIndexOf('-');
        int number;
        try {
            number = Integer.parseInt(clientId.substring(dash + 1));
        } catch (NumberFormatException e) {
            number = clientId.hashCode() & 0x7fffffff;
        }
        return CLIENTS[Math.floorMod(number - 1, CLIENTS.length)];
    }
}
