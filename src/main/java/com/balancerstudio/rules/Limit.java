package com.balancerstudio.rules;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * One row of the limits table: a catalog rule id and a check of values against what AWS allows, either a numeric
 * range or a set of allowed values. {@link LimitRule} reads the rows.
 */
public sealed interface Limit {
    String ruleId();

    /** Reports to {@code out} each element whose value breaks this limit, with the template values of the finding. */
    void check(Design design, BiConsumer<Element, CatalogRule.Values> out);

    /** Something measured on an element: the value (null when unset, so AWS's default applies) and its context. */
    record Measured(Element element, Long value, CatalogRule.Values values) {
    }

    /** Yields the measurements a row checks. */
    @FunctionalInterface
    interface Measure {
        void measure(Design design, java.util.function.Consumer<Measured> out);
    }

    /** A value that must lie within a range; unset values are not checked. */
    record InRange(String ruleId, AwsLimits.Range range, Measure measure) implements Limit {
        @Override
        public void check(Design design, BiConsumer<Element, CatalogRule.Values> out) {
            measure.measure(design, m -> {
                if (m.value() != null && !range.contains(m.value())) {
                    out.accept(m.element(), m.values().and("value", m.value()).and("range", range));
                }
            });
        }
    }

    /** A value that must be one of a set; {@code allowed} is consulted per measured element. */
    record OneOf<V>(String ruleId, Candidates<V> candidates) implements Limit {
        @Override
        public void check(Design design, BiConsumer<Element, CatalogRule.Values> out) {
            candidates.each(design, (candidate) -> {
                if (candidate.value() != null && !candidate.allowed().contains(candidate.value())) {
                    out.accept(candidate.element(), candidate.values().and("allowed", join(candidate.allowed())));
                }
            });
        }

        private static String join(Collection<?> values) {
            return values.isEmpty() ? "none" : String.join(", ", values.stream().map(String::valueOf).toList());
        }
    }

    /** A value of an element and the values allowed for it there. */
    record Candidate<V>(Element element, V value, Collection<V> allowed, CatalogRule.Values values) {
    }

    /** Yields the candidates a {@link OneOf} row checks. */
    @FunctionalInterface
    interface Candidates<V> {
        void each(Design design, java.util.function.Consumer<Candidate<V>> out);
    }
}
