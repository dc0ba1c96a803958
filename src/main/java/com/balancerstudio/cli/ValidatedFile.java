package com.balancerstudio.cli;

import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of validating one file: either the design with its findings, or why the file could not be read.
 * {@code elementLines} maps element index to the line it starts on, for reports that point into the file.
 */
record ValidatedFile(Path file, Design design, List<Finding> findings, String readError, List<Integer> elementLines) {

    boolean unreadable() {
        return readError != null;
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The line of the finding's main element in the file, or 1 when unknown. */
    int lineOf(Finding finding) {
        if (design == null || finding.primaryElement() == null) {
            return 1;
        }
        int index = design.indexOf(finding.primaryElement());
        return index >= 0 && index < elementLines.size() ? elementLines.get(index) : 1;
    }
}
