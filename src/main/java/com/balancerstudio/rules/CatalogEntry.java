package com.balancerstudio.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of the AWS rule catalog: its id, severity, what it applies to, the condition, the message and fix
 * templates (with {placeholders}) and the sources it rests on.
 */
public record CatalogEntry(String id, Severity severity, List<String> appliesTo, String condition, String message,
                           String fix, String source) {
    private static final Pattern URL = Pattern.compile("<(https?://[^>]+)>");

    public CatalogEntry {
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
    }

    /** The documentation addresses cited in the source text, in order. */
    public List<String> sourceUrls() {
        var urls = new ArrayList<String>();
        var matcher = URL.matcher(source == null ? "" : source);
        while (matcher.find()) {
            for (var url : matcher.group(1).split(" ; ")) {
                urls.add(url.trim());
            }
        }
        return urls;
    }

    /** The catalog's area prefix, such as ELB-HC. */
    public String area() {
        int last = id.lastIndexOf('-');
        return last < 0 ? id : id.substring(0, last);
    }
}
