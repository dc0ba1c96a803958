package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.Functions.Function;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Terraform's functions on lists and maps; they move values without looking into them, so references pass. */
final class CollectionFunctions {
    private CollectionFunctions() {
    }

    static void register(Map<String, Function> into) {
        into.put("merge", new Function(0, -1, CollectionFunctions::merge));
        into.put("concat", new Function(0, -1, CollectionFunctions::concat));
        into.put("flatten", new Function(1, 1, a -> Values.list(flatten(a.list(0), new ArrayList<>(), 0, a))));
        into.put("toset", new Function(1, 1, a -> a.get(0) == null ? null : Values.list(distinct(a.list(0)))));
        into.put("distinct", new Function(1, 1, a -> Values.list(distinct(a.list(0)))));
        into.put("tolist", new Function(1, 1, a -> a.get(0) == null ? null : a.list(0)));
        into.put("tomap", new Function(1, 1, a -> a.get(0) == null ? null : a.map(0)));
        into.put("keys", new Function(1, 1, a -> Values.list(new TreeMap<>(a.map(0)).keySet())));
        into.put("values", new Function(1, 1, a -> Values.list(new TreeMap<>(a.map(0)).values())));
        into.put("lookup", new Function(2, 3, CollectionFunctions::lookup));
        into.put("element", new Function(2, 2, CollectionFunctions::element));
        into.put("length", new Function(1, 1, CollectionFunctions::length));
        into.put("contains", new Function(2, 2, a -> a.list(0).stream().anyMatch(v -> Values.same(v, a.get(1)))));
        into.put("coalesce", new Function(1, -1, CollectionFunctions::coalesce));
        into.put("compact", new Function(1, 1, a -> Values.list(a.list(0).stream()
                .filter(v -> v != null && !"".equals(v)).toList())));
        into.put("zipmap", new Function(2, 2, CollectionFunctions::zipmap));
        into.put("slice", new Function(3, 3, CollectionFunctions::slice));
    }

    private static Object merge(Arguments a) throws HclException {
        var merged = new LinkedHashMap<String, Object>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == null) {
                continue;
            }
            for (var entry : a.map(i).entrySet()) {
                merged.put(String.valueOf(entry.getKey()), entry.getValue());
            }
        }
        return Values.map(merged);
    }

    private static Object concat(Arguments a) throws HclException {
        var all = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            all.addAll(a.list(i));
        }
        return Values.list(all);
    }

    private static List<Object> flatten(List<?> list, List<Object> into, int depth, Arguments a)
            throws HclException {
        if (depth > Cursor.MAX_DEPTH) {
            throw a.error("the list is nested more than " + Cursor.MAX_DEPTH + " levels deep");
        }
        for (var item : list) {
            if (item instanceof List<?> inner) {
                flatten(inner, into, depth + 1, a);
            } else {
                into.add(item);
            }
        }
        return into;
    }

    /** The first of each equal value, in their first order (Terraform keeps sets ordered for display too). */
    private static List<Object> distinct(List<?> list) {
        var kept = new ArrayList<>();
        var seen = new HashSet<>();
        for (var item : list) {
            if (seen.add(Values.canonical(item))) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static Object lookup(Arguments a) throws HclException {
        var map = a.map(0);
        var key = a.text(1);
        if (map.containsKey(key)) {
            return map.get(key);
        }
        if (a.size() == 3) {
            return a.get(2);
        }
        throw a.error("no key \"" + key + "\" in the map `" + a.where(0).source() + "` and no default given");
    }

    private static Object element(Arguments a) throws HclException {
        var list = a.list(0);
        int index = a.integer(1);
        if (list.isEmpty()) {
            throw a.error("cannot pick an element of an empty list");
        }
        if (index < 0) {
            throw a.error("the index " + index + " is negative");
        }
        return list.get(index % list.size());
    }

    private static Object length(Arguments a) throws HclException {
        var value = a.get(0);
        if (value instanceof String text) {
            return Values.number(java.math.BigDecimal.valueOf(text.codePointCount(0, text.length())));
        }
        if (value instanceof List<?> list) {
            return Values.number(java.math.BigDecimal.valueOf(list.size()));
        }
        if (value instanceof Map<?, ?> map) {
            return Values.number(java.math.BigDecimal.valueOf(map.size()));
        }
        throw a.error("`" + a.where(0).source() + "` is " + Values.typeName(value)
                + "; only strings, lists and maps have a length");
    }

    private static Object coalesce(Arguments a) throws HclException {
        for (var value : a.all()) {
            if (value != null && !"".equals(value)) {
                return value;
            }
        }
        throw a.error("every argument is null or an empty string");
    }

    private static Object zipmap(Arguments a) throws HclException {
        var keys = a.list(0);
        var values = a.list(1);
        if (keys.size() != values.size()) {
            throw a.error("there are " + keys.size() + " keys but " + values.size() + " values");
        }
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                throw a.error("key " + (i + 1) + " is null");
            }
            map.put(Values.toText(keys.get(i), a.where(0)), values.get(i));
        }
        return Values.map(map);
    }

    private static Object slice(Arguments a) throws HclException {
        var list = a.list(0);
        int start = a.integer(1);
        int end = a.integer(2);
        if (start < 0 || end > list.size() || start > end) {
            throw a.error("cannot take elements " + start + " to " + end + " of a list of " + list.size());
        }
        return Values.list(list.subList(start, end));
    }
}
