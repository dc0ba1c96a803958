package com.balancerstudio.export.terraform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Hands out resource labels that are valid identifiers and unique per resource type (or per kind of block). */
final class Labels {
    private final Map<String, Set<String>> taken = new HashMap<>();

    /** The label of the first text whose label is still free, or a numbered one of the first text. */
    String takeFirstFree(String type, String fallback, String... texts) {
        var used = taken.computeIfAbsent(type, t -> new HashSet<>());
        for (var text : texts) {
            var label = Hcl.identifier(text, fallback);
            if (used.add(label)) {
                return label;
            }
        }
        return take(type, texts[0], fallback);
    }

    /** A label made from the text, with a number added when the type already has one like it. */
    String take(String type, String text, String fallback) {
        var base = Hcl.identifier(text, fallback);
        var used = taken.computeIfAbsent(type, t -> new HashSet<>());
        var label = base;
        for (int n = 2; !used.add(label); n++) {
            label = base + "_" + n;
        }
        return label;
    }
}
