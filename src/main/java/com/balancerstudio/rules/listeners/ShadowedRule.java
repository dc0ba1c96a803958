package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Notes a listener rule that can never match because a rule evaluated before it (lower priority number) on the same
 * listener matches every request it would (ELB-RULE-025). The earlier rule covers the later one when each of its
 * conditions has a counterpart in the later rule whose every value its patterns match; a pattern is matched against
 * the other pattern's text, so "/api/*" covers "/api/v1/*" and "*" covers anything.
 */
public final class ShadowedRule extends CatalogRule {
    /** Rules repeat the same patterns; compiling each once keeps a listener of a hundred rules fast. */
    private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();
    private static final int GLOBS_KEPT = 10_000;

    public ShadowedRule(Catalog catalog) {
        super(catalog, "ELB-RULE-025");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var listener : design.elementsOf(Listener.class)) {
            var rules = design.topology().rulesOf(listener).stream().filter(r -> r.priority() != null)
                    .sorted(Comparator.comparing(ListenerRule::priority)).toList();
            for (int later = 1; later < rules.size(); later++) {
                var rule = rules.get(later);
                for (int earlier = 0; earlier < later; earlier++) {
                    var first = rules.get(earlier);
                    if (first.priority() < rule.priority() && covers(first, rule)) {
                        findings.add(finding(Values.of("rule", rule.name()).and("p", rule.priority())
                                .and("other", first.name()).and("q", first.priority()), rule, first));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    /** A rule without conditions is ELB-RULE-004's finding; it is not taken to cover anything here. */
    static boolean covers(ListenerRule first, ListenerRule later) {
        if (first.conditions().isEmpty()) {
            return false;
        }
        return first.conditions().stream().allMatch(c -> later.conditions().stream().anyMatch(l -> covers(c, l)));
    }

    private static boolean covers(RuleCondition broad, RuleCondition narrow) {
        if (broad.field() != narrow.field()) {
            return false;
        }
        if (broad.field() == ConditionField.HTTP_HEADER
                && !Objects.equals(lower(broad.httpHeaderName()), lower(narrow.httpHeaderName()))) {
            return false;
        }
        boolean ignoreCase = broad.field() == ConditionField.HOST_HEADER;
        return !narrow.values().isEmpty() && narrow.values().stream()
                .allMatch(value -> broad.values().stream().anyMatch(pattern -> glob(pattern, ignoreCase).matcher(value).matches()));
    }

    private static Pattern glob(String pattern, boolean ignoreCase) {
        var key = (ignoreCase ? "i:" : "s:") + pattern;
        var cached = GLOBS.get(key);
        if (cached != null) {
            return cached;
        }
        var compiled = compile(pattern, ignoreCase);
        if (GLOBS.size() < GLOBS_KEPT) {
            GLOBS.put(key, compiled);
        }
        return compiled;
    }

    private static Pattern compile(String pattern, boolean ignoreCase) {
        var regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                // One character of the later pattern, but not its '*': that stands for any number of characters.
                regex.append("[^*]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL : Pattern.DOTALL);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
