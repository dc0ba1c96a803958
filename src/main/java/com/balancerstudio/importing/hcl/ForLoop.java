package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.HclExpression.For;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One for-expression: its collection walked in Terraform's order, filtered, and gathered into a list or a map. */
final class ForLoop {
    private final HclEvaluator evaluator;
    private final For loop;

    ForLoop(HclEvaluator evaluator, For loop) {
        this.evaluator = evaluator;
        this.loop = loop;
    }

    /** The key/value pairs of a collection: list indexes in order, map keys sorted as Terraform does. */
    static List<Map.Entry<Object, Object>> entries(Object collection, HclExpression where) throws HclException {
        var entries = new ArrayList<Map.Entry<Object, Object>>();
        if (collection instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(BigDecimal.valueOf(i), list.get(i)));
            }
        } else if (collection instanceof Map<?, ?> map) {
            for (var entry : new TreeMap<>(map).entrySet()) {
                entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
            }
        } else {
            throw Values.error(where, "`" + where.source() + "` is " + Values.typeName(collection)
                    + ": a for needs a list or a map to go through");
        }
        return entries;
    }

    Object evaluate() throws HclException {
        var entries = entries(evaluator.evaluate(loop.collection()), loop.collection());
        var items = new ArrayList<>();
        var groups = new LinkedHashMap<String, Object>();
        for (var entry : entries) {
            var names = new HashMap<String, Object>();
            if (loop.keyName() != null) {
                names.put(loop.keyName(), entry.getKey());
            }
            names.put(loop.valueName(), entry.getValue());
            if (loop.condition() != null) {
                var keep = evaluator.evaluateWith(names, loop.condition());
                if (!Values.toBool(keep, loop.condition())) {
                    continue;
                }
            }
            var value = evaluator.evaluateWith(names, loop.valueResult());
            if (loop.keyResult() == null) {
                items.add(value);
            } else {
                put(groups, evaluator.evaluateWith(names, loop.keyResult()), value);
            }
        }
        if (loop.keyResult() == null) {
            return Values.list(items);
        }
        if (loop.grouping()) {
            groups.replaceAll((key, group) -> Values.list((List<?>) group));
        }
        return Values.map(groups);
    }

    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> groups, Object keyValue, Object value) throws HclException {
        if (keyValue == null) {
            throw Values.error(loop.keyResult(), "the key `" + loop.keyResult().source() + "` is null");
        }
        var key = Values.toText(keyValue, loop.keyResult());
        if (loop.grouping()) {
            ((List<Object>) groups.computeIfAbsent(key, k -> new ArrayList<>())).add(value);
        } else if (groups.containsKey(key)) {
            throw Values.error(loop.keyResult(), "two elements give the key \"" + key
                    + "\": add '...' after the value to group them into lists");
        } else {
            groups.put(key, value);
        }
    }
}
