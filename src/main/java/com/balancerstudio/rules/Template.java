package com.balancerstudio.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {placeholders} of catalog messages and fix hints with the names and numbers of a finding. */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private Template() {
    }

    /** Replaces each {key} that has a value; placeholders without a value stay as written. */
    public static String fill(String template, Map<String, ?> values) {
        if (template == null) {
            return "";
        }
        var matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The placeholders left in a text after filling, for tests that check every placeholder gets a value. */
    public static boolean hasPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).find();
    }
}
