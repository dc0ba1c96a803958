package com.balancerstudio.export.terraform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources of the configuration as the writers add them, per file. Resources added with a zone key and the
 * same label form one resource with a {@code for_each} over their zones (see {@link ZoneFamily}).
 */
final class Resources {
    /** A resource to write; {@code label} is null until a zonal resource is given one. */
    private record Draft(String file, String type, String label, String key, String stem, String singleName,
                         String region, Body body, String kind) {
        Draft(String file, String type, String label, String key, String stem, String singleName, String region,
              Body body) {
            this(file, type, label, key, stem, singleName, region, body, "resource");
        }
    }

    private final List<Draft> drafts = new ArrayList<>();

    /** A resource at an address decided by the {@link Plan} (possibly one member of a zone family). */
    void add(String file, Address address, String region, Body body) {
        drafts.add(new Draft(file, address.type(), address.label(), address.key(), null, null, region, body));
    }

    /** A data source, read with the provider of the Region. */
    void addData(String file, String type, String label, String region, Body body) {
        drafts.add(new Draft(file, type, label, null, null, null, region, body, "data"));
    }

    /**
     * A resource that becomes one instance of a resource keyed by zone when others of the same type and stem in
     * other zones come along, and a resource of its own named {@code singleName} otherwise. Such resources must
     * not be referred to.
     */
    void addZonal(String file, String type, String stem, String zone, String singleName, String region, Body body) {
        drafts.add(new Draft(file, type, null, zone, stem, singleName, region, body));
    }

    /** A resource of its own, labelled after {@code name}, that nothing refers to. */
    void addSingle(String file, String type, String name, String region, Body body) {
        drafts.add(new Draft(file, type, null, null, null, name, region, body));
    }

    /** The top-level blocks of each file, in the order resources were added. */
    Map<String, List<HclWriter.TopBlock>> blocks(Labels labels, Providers providers) {
        var resolved = resolveZonal(labels);
        var groups = new LinkedHashMap<List<String>, List<Draft>>();
        for (var draft : resolved) {
            var key = draft.key() == null ? List.of(draft.type(), draft.label(), "#" + groups.size())
                    : List.of(draft.file(), draft.type(), draft.label());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(draft);
        }
        var files = new LinkedHashMap<String, List<HclWriter.TopBlock>>();
        for (var members : groups.values()) {
            var first = members.get(0);
            Body body;
            if (first.key() == null) {
                body = withProvider(first.body(), providers.providerFor(first.region()));
            } else {
                var byZone = new LinkedHashMap<String, Body>();
                members.forEach(m -> byZone.put(m.key(), m.body()));
                body = ZoneFamily.merge(byZone, providers.providerFor(first.region()));
            }
            files.computeIfAbsent(first.file(), f -> new ArrayList<>())
                    .add(HclWriter.TopBlock.of(first.kind(), List.of(first.type(), first.label()), body));
        }
        return files;
    }

    private static Body withProvider(Body body, Expr provider) {
        if (provider == null) {
            return body;
        }
        var items = new ArrayList<Body.Item>();
        items.add(new Body.Attribute("provider", provider));
        items.addAll(body.items());
        return Body.of(items);
    }

    /** Gives zonal drafts their labels: the stem's for a group of one per zone, their own name otherwise. */
    private List<Draft> resolveZonal(Labels labels) {
        var groups = new LinkedHashMap<List<String>, List<Draft>>();
        for (var draft : drafts) {
            if (draft.label() == null) {
                groups.computeIfAbsent(Arrays.asList(draft.file(), draft.type(), draft.stem(), draft.region()),
                        k -> new ArrayList<>()).add(draft);
            }
        }
        var labelled = new LinkedHashMap<Draft, Draft>();
        groups.values().forEach(group -> {
            var zones = new HashSet<String>();
            group.forEach(d -> zones.add(d.key()));
            boolean family = group.get(0).stem() != null && group.size() >= 2 && zones.size() == group.size() && !zones.contains(null);
            var familyLabel = family ? labels.take(group.get(0).type(), group.get(0).stem(), Plan.fallback(group.get(0).type())) : null;
            for (var d : group) {
                labelled.put(d, family
                        ? new Draft(d.file(), d.type(), familyLabel, d.key(), null, null, d.region(), d.body())
                        : new Draft(d.file(), d.type(), labels.take(d.type(), d.singleName(), Plan.fallback(d.type())),
                                null, null, null, d.region(), d.body()));
            }
        });
        var result = new ArrayList<Draft>();
        drafts.forEach(d -> result.add(d.label() == null ? labelled.get(d) : d));
        return result;
    }
}
