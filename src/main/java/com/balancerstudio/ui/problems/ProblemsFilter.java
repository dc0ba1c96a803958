package com.balancerstudio.ui.problems;

import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import java.util.Locale;
import java.util.Set;

/** Which findings the problems list shows: the severities switched on and a text to find in them. */
public record ProblemsFilter(Set<Severity> severities, String text) {
    public boolean shows(Finding finding, Design design) {
        if (!severities.contains(finding.severity())) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        var needle = text.strip().toLowerCase(Locale.ROOT);
        var element = design.get(finding.primaryElement());
        return (finding.ruleId() + " " + finding.message() + " " + finding.fix() + " "
                + (element == null ? "" : element.name())).toLowerCase(Locale.ROOT).contains(needle);
    }
}
