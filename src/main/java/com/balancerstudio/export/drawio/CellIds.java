package com.balancerstudio.export.drawio;

import com.balancerstudio.model.ElementId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Cell ids derived from element ids, so that exporting the same design twice gives the same file and a cell can be
 * traced back to its element. A shape is "el/ID", a connector "link/FROM/TO" ("/2", "/3"... when the same pair is
 * linked again). Any character other than a letter, digit, '_', '.', ':' or '-' is percent-encoded; element ids use
 * only those today, and the encoding keeps the ids distinct from each other, and from draw.io's own cells "0" and
 * "1", should that ever change.
 */
final class CellIds {
    /** The root cell and the default layer every diagram starts with. */
    static final String ROOT = "0";
    static final String LAYER = "1";

    private final Map<String, Integer> linkCounts = new HashMap<>();

    static String of(ElementId element) {
        return "el/" + encode(element.value());
    }

    /** The id of the next connector from one element to another. */
    String link(ElementId from, ElementId to) {
        var id = "link/" + encode(from.value()) + "/" + encode(to.value());
        int seen = linkCounts.merge(id, 1, Integer::sum);
        return seen == 1 ? id : id + "/" + seen;
    }

    static String encode(String value) {
        var out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-')) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
