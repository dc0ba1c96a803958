package com.balancerstudio.rules.targets;

import com.balancerstudio.rules.Finding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks one wording of a catalog message that offers alternatives, such as "{required|not allowed}": the message
 * templates only fill named placeholders, so a rule whose message has a choice makes it here.
 */
final class Wording {
    private static final Pattern ALTERNATIVES = Pattern.compile("\\{[^{}|]*\\|[^{}]*}");

    private Wording() {
    }

    /** The finding with its first set of alternatives replaced by the chosen wording. */
    static Finding choose(Finding finding, String chosen) {
        var message = ALTERNATIVES.matcher(finding.message()).replaceFirst(Matcher.quoteReplacement(chosen));
        return new Finding(finding.ruleId(), finding.severity(), finding.elementIds(), message, finding.fix(),
                finding.quickFix());
    }
}
