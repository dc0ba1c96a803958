package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;

/**
 * Merges the bodies of one resource per Availability Zone into one body with {@code for_each} over the zones:
 * what all zones share is written once, references to the same zone's instance of another resource become
 * {@code [each.key]}, and what differs goes into the for_each map and is read back as {@code each.value.NAME}.
 */
final class ZoneFamily {
    private ZoneFamily() {
    }

    static Body merge(Map<String, Body> bodyByZone, Expr provider) {
        var names = new LinkedHashSet<String>();
        for (var body : bodyByZone.values()) {
            for (var item : body.items()) {
                if (!(item instanceof Body.Attribute attribute)) {
                    throw new IllegalStateException("resources repeated per zone have only arguments");
                }
                names.add(attribute.name());
            }
        }
        var varying = new LinkedHashMap<String, Map<String, Expr>>();
        bodyByZone.keySet().forEach(zone -> varying.put(zone, new LinkedHashMap<>()));
        var shared = new ArrayList<Body.Item>();
        for (var name : names) {
            var normalized = new LinkedHashSet<Expr>();
            bodyByZone.forEach((zone, body) -> normalized.add(normalize(body.get(name), zone)));
            if (normalized.size() == 1 && !normalized.contains(null)) {
                shared.add(new Body.Attribute(name, normalized.iterator().next()));
            } else if (name.equals("tags")) {
                bodyByZone.forEach((zone, body) -> varying.get(zone).put("name", tagName(body.get(name))));
                shared.add(new Body.Attribute(name, new Expr.Tags(Expr.raw("each.value.name"))));
            } else {
                bodyByZone.forEach((zone, body) -> varying.get(zone).put(name,
                        Objects.requireNonNullElse(body.get(name), Expr.raw("null"))));
                shared.add(new Body.Attribute(name, Expr.raw("each.value." + name)));
            }
        }
        var items = new ArrayList<Body.Item>();
        items.add(new Body.Attribute("for_each", forEach(varying)));
        if (provider != null) {
            items.add(new Body.Attribute("provider", provider));
        }
        items.addAll(shared);
        return Body.of(items);
    }

    private static Expr forEach(Map<String, Map<String, Expr>> varying) {
        if (varying.values().stream().allMatch(Map::isEmpty)) {
            var keys = new ArrayList<Expr>();
            varying.keySet().forEach(zone -> keys.add(Expr.str(zone)));
            return Expr.raw("toset(" + Expr.list(keys).render() + ")");
        }
        var entries = new LinkedHashMap<String, Expr>();
        varying.forEach((zone, values) -> entries.put(zone, new Expr.ObjectOf(values)));
        return new Expr.ObjectOf(entries);
    }

    private static Expr tagName(Expr tags) {
        return tags instanceof Expr.Tags t ? t.name() : Expr.raw("null");
    }

    /** The expression as the zone's instance writes it, with the zone itself replaced by {@code each.key}. */
    private static Expr normalize(Expr expr, String zone) {
        if (expr instanceof Expr.Str s && s.text().equals(zone)) {
            return Expr.raw("each.key");
        }
        if (expr instanceof Expr.Ref ref && zone.equals(ref.address().key())) {
            var a = ref.address();
            return Expr.raw(a.type() + "." + a.label() + "[each.key]." + ref.attribute());
        }
        if (expr instanceof Expr.ListOf list) {
            return Expr.list(list.items().stream().map(item -> normalize(item, zone)).toList());
        }
        if (expr instanceof Expr.Tags tags) {
            return new Expr.Tags(normalize(tags.name(), zone));
        }
        return expr;
    }
}
