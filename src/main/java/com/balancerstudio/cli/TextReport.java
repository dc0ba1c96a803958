package com.balancerstudio.cli;

import com.balancerstudio.rules.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Findings for people: one line per finding (file, severity, rule, element, message), its fix below, a summary. */
final class TextReport {
    private TextReport() {
    }

    static void write(List<ValidatedFile> results, PrintWriter out) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        int unreadable = 0;
        for (var result : results) {
            if (result.unreadable()) {
                out.println(result.readError());
                unreadable++;
                continue;
            }
            for (var finding : result.findings()) {
                var element = finding.primaryElement() == null ? "" : " [" + finding.primaryElement() + "]";
                out.printf(Locale.ROOT, "%s: %s %s%s: %s%n", result.file(), finding.severity(), finding.ruleId(), element,
                        finding.message());
                if (!finding.fix().isBlank()) {
                    out.println("    fix: " + finding.fix());
                }
            }
            for (var off : result.design().validation().disabledRules()) {
                out.printf(Locale.ROOT, "%s: %s is switched off for this design: %s%n", result.file(), off.ruleId(),
                        Printable.of(off.reason()));
            }
            errors += result.count(Severity.ERROR);
            warnings += result.count(Severity.WARNING);
            infos += result.count(Severity.INFO);
        }
        out.printf(Locale.ROOT, "%d design%s checked: %d error%s, %d warning%s, %d info%s%s%n",
                results.size(), plural(results.size()), errors, plural(errors), warnings, plural(warnings), infos,
                plural(infos), unreadable == 0 ? "" : ", " + unreadable + " unreadable");
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
