package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.Locale;

/**
 * The part of a name that does not name its Availability Zone: "public-a" in us-east-1a and "public-b" in
 * us-east-1b both give "public", which makes them one resource repeated per zone.
 */
final class ZoneStem {
    private ZoneStem() {
    }

    static String of(String name, String zoneName) {
        var lowerName = name.toLowerCase(Locale.ROOT);
        var zone = zoneName.toLowerCase(Locale.ROOT);
        if (!zone.isEmpty()) {
            lowerName = lowerName.replace(zone, " ");
        }
        var letter = zone.isEmpty() ? "" : zone.substring(zone.length() - 1);
        // "1a" of us-east-1a: the zone's number and letter without the Region code.
        var suffix = zone.replaceAll("^.*?(\\d+[a-z])$", "$1");
        var kept = new ArrayList<String>();
        for (var token : lowerName.split("[^a-z0-9]+")) {
            if (!token.isEmpty() && !token.equals(letter) && !token.equals(suffix)) {
                kept.add(token);
            }
        }
        return String.join("_", kept);
    }
}
