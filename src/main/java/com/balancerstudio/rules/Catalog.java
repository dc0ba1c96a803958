package com.balancerstudio.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The AWS rule catalog (ids, severities, messages, fixes, sources) bundled with the program. */
public final class Catalog {
    private static final String RESOURCE = "catalog.json";
    private static volatile Catalog bundled;

    private final Map<String, CatalogEntry> entries;
    private final List<CatalogEntry> order;

    public Catalog(List<CatalogEntry> entries) {
        var map = new LinkedHashMap<String, CatalogEntry>();
        for (var entry : entries) {
            if (map.put(entry.id(), entry) != null) {
                throw new IllegalArgumentException("the catalog lists " + entry.id() + " twice");
            }
        }
        this.entries = Map.copyOf(map);
        this.order = List.copyOf(map.values());
    }

    /** The catalog shipped in the program's resources (read once). */
    public static Catalog bundled() {
        var catalog = bundled;
        if (catalog == null) {
            try (var in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the rule catalog " + RESOURCE + " is missing from the program");
                }
                var mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
                bundled = catalog = new Catalog(mapper.readValue(in, new TypeReference<List<CatalogEntry>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException("the rule catalog cannot be read", e);
            }
        }
        return catalog;
    }

    public CatalogEntry entry(String id) {
        var entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("the rule catalog has no rule " + id);
        }
        return entry;
    }

    public boolean contains(String id) {
        return entries.containsKey(id);
    }

    /** All entries in catalog order. */
    public List<CatalogEntry> entries() {
        return order;
    }
}
