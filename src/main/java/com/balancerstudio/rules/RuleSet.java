package com.balancerstudio.rules;

import com.balancerstudio.model.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The rules a validation runs, in order; passed to whoever validates, never global. */
public final class RuleSet {
    private final List<Rule> rules;

    public RuleSet(List<? extends Rule> rules) {
        var ids = new HashSet<String>();
        for (var rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule " + rule.id() + " is in the rule set twice");
            }
        }
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Set<String> ids() {
        var ids = new java.util.LinkedHashSet<String>();
        rules.forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /** The same rules without those the predicate rejects (e.g. switched off for a run). */
    public RuleSet filter(Predicate<Rule> keep) {
        return new RuleSet(rules.stream().filter(keep).toList());
    }

    /**
     * Runs every rule the design has not switched off; findings come errors first, then by rule id, then in design
     * order of their element. Rules only read the design, which is immutable, so they run side by side on the
     * machine's cores: a re-validation after an edit then fits in a frame on large designs.
     */
    public List<Finding> check(Design design) {
        var switchedOff = design.validation().disabledRules();
        // The derived facts every rule reads are built here, once, rather than by several rules at the same moment.
        design.topology();
        var findings = new ArrayList<Finding>();
        rules.parallelStream()
                .filter(rule -> switchedOff.isEmpty() || design.validation().reasonOff(rule.id()) == null)
                .map(rule -> check(rule, design))
                .forEachOrdered(findings::addAll);
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparingInt(f -> f.primaryElement() == null ? -1 : design.indexOf(f.primaryElement())));
        return findings;
    }

    private static List<Finding> check(Rule rule, Design design) {
        try {
            return rule.check(design);
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + rule.id() + " failed on design '" + design.name() + "': " + e, e);
        }
    }
}
