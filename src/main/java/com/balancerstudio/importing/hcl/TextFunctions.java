package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.Functions.Function;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/** Terraform's string functions and type conversions. */
final class TextFunctions {
    private TextFunctions() {
    }

    static void register(Map<String, Function> into) {
        into.put("tostring", new Function(1, 1, a -> a.get(0) == null ? null : a.text(0)));
        into.put("tonumber", new Function(1, 1, a -> a.get(0) == null ? null : a.number(0)));
        into.put("tobool", new Function(1, 1, a -> a.get(0) == null ? null : a.bool(0)));
        into.put("lower", new Function(1, 1, a -> a.text(0).toLowerCase(Locale.ROOT)));
        into.put("upper", new Function(1, 1, a -> a.text(0).toUpperCase(Locale.ROOT)));
        into.put("title", new Function(1, 1, a -> title(a.text(0))));
        into.put("trimspace", new Function(1, 1, a -> a.text(0).strip()));
        into.put("join", new Function(2, -1, TextFunctions::join));
        into.put("split", new Function(2, 2, a -> Values.list(split(a.text(0), a.text(1)))));
        into.put("replace", new Function(3, 3, TextFunctions::replace));
        into.put("substr", new Function(3, 3, TextFunctions::substr));
        into.put("format", new Function(1, -1, Format::format));
    }

    /** Upper-cases the first letter of every word, as Go's strings.Title does. */
    private static String title(String text) {
        var out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out.appendCodePoint(wordStart ? Character.toTitleCase(c) : c);
            wordStart = !(Character.isLetterOrDigit(c) || c == '_' || c == '\'');
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static Object join(Arguments a) throws HclException {
        var separator = a.text(0);
        var parts = new ArrayList<String>();
        for (int i = 1; i < a.size(); i++) {
            for (var item : a.list(i)) {
                if (item == null) {
                    throw a.error("the list `" + a.where(i).source() + "` holds a null element");
                }
                parts.add(Values.toText(item, a.where(i)));
            }
        }
        return String.join(separator, parts);
    }

    /** Go's strings.Split: an empty string gives one empty element, an empty separator splits every character. */
    private static java.util.List<String> split(String separator, String text) {
        var parts = new ArrayList<String>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
            return parts;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(separator, from);
            if (at < 0) {
                parts.add(text.substring(from));
                return parts;
            }
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
    }

    private static Object replace(Arguments a) throws HclException {
        var search = a.text(1);
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            throw a.error("regular expressions (" + search + ") are not supported; only plain text can be replaced");
        }
        return a.text(0).replace(search, a.text(2));
    }

    private static Object substr(Arguments a) throws HclException {
        int[] codePoints = a.text(0).codePoints().toArray();
        int offset = a.integer(1);
        int length = a.integer(2);
        if (offset < 0) {
            offset += codePoints.length;
        }
        if (offset < 0 || offset > codePoints.length) {
            throw a.error("the offset " + a.integer(1) + " is outside a string of " + codePoints.length
                    + " characters");
        }
        int end = length < 0 ? codePoints.length : (int) Math.min(codePoints.length, (long) offset + length);
        return new String(codePoints, offset, end - offset);
    }
}
