package com.balancerstudio.importing.terraform;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether two designs describe the same infrastructure: the same elements (named by kind and name, zones and Regions by
 * their codes, listeners by protocol and port) in the same containers, with the same properties and pointing at the
 * same elements. Ids, positions and what Terraform has no place for (clients, scenarios, the display names of Regions,
 * zones and Classic Load Balancer listeners) do not count.
 */
final class DesignEquivalence {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DesignEquivalence() {
    }

    /** The differences, one line each; empty when the designs are equivalent. */
    static List<String> differences(Design expected, Design actual) {
        return differencesApartFrom(expected, actual, java.util.Set.of());
    }

    /** The differences, leaving out those of the expected design's elements in {@code excused}. */
    static List<String> differencesApartFrom(Design expected, Design actual, java.util.Set<ElementId> excused) {
        var excusedKeys = new java.util.HashSet<String>();
        excused.forEach(id -> excusedKeys.add(key(expected, id)));
        var left = canonical(expected);
        var right = canonical(actual);
        var differences = new ArrayList<String>();
        var keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (var key : keys) {
            if (excusedKeys.contains(key)) {
                continue;
            }
            var a = left.get(key);
            var b = right.get(key);
            if (a == null) {
                differences.add("only after import: " + key + " " + b);
            } else if (b == null) {
                differences.add("lost by import: " + key + " " + a);
            } else if (!a.equals(b)) {
                differences.add("changed: " + key + "\n    was " + a + "\n    now " + b);
            }
        }
        return differences;
    }

    static Map<String, JsonNode> canonical(Design design) {
        var tree = readTree(DesignFile.toJson(design));
        var byId = new java.util.HashMap<String, JsonNode>();
        tree.get("elements").forEach(node -> byId.put(node.get("id").asText(), node));
        var result = new TreeMap<String, JsonNode>();
        for (var element : design.elements()) {
            if (element instanceof Client) {
                continue;
            }
            var node = (ObjectNode) byId.get(element.id().value()).deepCopy();
            node.remove("id");
            node.remove("bounds");
            if (element instanceof Region || element instanceof AvailabilityZone || classicListener(design, element)) {
                node.remove("name");
            }
            if (element.parent() != null) {
                node.put("parent", key(design, element.parent()));
            }
            for (var reference : element.references()) {
                set(node, reference.property(), key(design, reference.target()));
            }
            result.put(key(design, element.id()), node);
        }
        return result;
    }

    /**
     * How an element is known whatever its id: kind and name, zones and Regions by code, listeners by their owner, and
     * an element whose name repeats by its container too ("internet gateway" in each Region).
     */
    static String key(Design design, ElementId id) {
        Element element = design.get(id);
        if (element == null) {
            return "missing " + id;
        }
        var own = ownKey(design, element);
        long same = design.elements().stream().filter(e -> e.getClass() == element.getClass()
                && ownKey(design, e).equals(own)).count();
        if (same > 1 && element.parent() != null) {
            return own + " in " + key(design, element.parent());
        }
        if (same > 1) {
            throw new IllegalArgumentException("two top-level elements are both known as " + own);
        }
        return own;
    }

    private static String ownKey(Design design, Element element) {
        var kind = element.getClass().getSimpleName();
        if (element instanceof Region region) {
            return kind + " " + region.regionName();
        }
        if (element instanceof AvailabilityZone zone) {
            return kind + " " + zone.zoneName() + " of " + key(design, zone.parent());
        }
        if (element instanceof Listener listener) {
            return kind + " " + listener.protocol() + ":" + listener.port() + " of " + key(design, element.parent());
        }
        if (element instanceof ListenerRule) {
            return kind + " " + element.name() + " of " + key(design, element.parent());
        }
        return kind + " " + element.name();
    }

    /** A Classic Load Balancer's listener is a block of aws_elb, which has no place for its name. */
    private static boolean classicListener(Design design, Element element) {
        return element instanceof Listener && design.get(element.parent()) instanceof com.balancerstudio.model.LoadBalancer lb
                && lb.type() == com.balancerstudio.model.LoadBalancerType.CLASSIC;
    }

    /** Sets a property path such as {@code subnet_mappings[0].subnet_id} to the text. */
    private static void set(ObjectNode node, String path, String text) {
        JsonNode current = node;
        var parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            var part = parts[i];
            int bracket = part.indexOf('[');
            var name = bracket < 0 ? part : part.substring(0, bracket);
            boolean last = i == parts.length - 1;
            if (bracket < 0) {
                if (last) {
                    ((ObjectNode) current).set(name, new TextNode(text));
                } else {
                    current = current.get(name);
                }
            } else {
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                var array = (ArrayNode) current.get(name);
                if (last) {
                    array.set(index, new TextNode(text));
                } else {
                    current = array.get(index);
                }
            }
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
