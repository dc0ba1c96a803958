package com.balancerstudio.sim;

import com.balancerstudio.model.scenario.Expectation;

/** An expectation of a scenario with the value the run produced and whether it holds. */
public record ExpectationResult(Expectation expectation, double actual, boolean passed) {
    /** For example "ok    RequestCountPerTarget share of web-a1 between 0.45 and 0.55 (was 0.5)". */
    public String describe() {
        return (passed ? "ok      " : "FAILED  ") + expectation.describe() + " (was " + format(actual) + ")";
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "no data";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
