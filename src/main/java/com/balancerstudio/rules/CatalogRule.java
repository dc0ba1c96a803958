package com.balancerstudio.rules;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.model.Element;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of the rules that implement a catalog entry: it carries the entry (id, severity, message and fix templates,
 * sources) and turns what a rule found into a {@link Finding} with the placeholders filled in.
 */
public abstract class CatalogRule implements Rule {
    private final CatalogEntry entry;

    protected CatalogRule(Catalog catalog, String id) {
        this.entry = catalog.entry(id);
    }

    @Override
    public final String id() {
        return entry.id();
    }

    public final CatalogEntry entry() {
        return entry;
    }

    /** A finding about the elements (the first is badged), with the template values given. */
    protected final Finding finding(Values values, Element... elements) {
        return finding(values, null, elements);
    }

    protected final Finding finding(Values values, Edit quickFix, Element... elements) {
        var ids = Arrays.stream(elements).filter(Objects::nonNull).map(Element::id).distinct().toList();
        return new Finding(entry.id(), entry.severity(), ids, Template.fill(entry.message(), values.map),
                Template.fill(entry.fix(), values.map), quickFix);
    }

    /** Template values for a finding, built fluently: {@code Values.of("lb.name", lb.name()).and("n", 3)}. */
    public static final class Values {
        private final Map<String, Object> map = new LinkedHashMap<>();

        private Values() {
        }

        public static Values of(String key, Object value) {
            return new Values().and(key, value);
        }

        public static Values none() {
            return new Values();
        }

        public Values and(String key, Object value) {
            map.put(key, value);
            return this;
        }
    }
}
