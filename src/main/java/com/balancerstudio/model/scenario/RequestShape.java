package com.balancerstudio.model.scenario;

/** A kind of request in a traffic mix: its Host header and path, and how often it comes (weight, default 1). */
public record RequestShape(String host, String path, Integer weight) {
    public RequestShape {
        path = path == null ? "/" : path;
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/' (got '" + path + "')");
        }
        if (weight != null && weight < 0) {
            throw new IllegalArgumentException("weight cannot be negative");
        }
    }

    public int effectiveWeight() {
        return weight == null ? 1 : weight;
    }
}
