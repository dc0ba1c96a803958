package com.balancerstudio.rules;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a finding is: AWS rejects it or it cannot work (error), it is risky (warning), or worth knowing (info). */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String value;

    Severity(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Parses "error", "warning" or "info" (any case). */
    public static Severity parse(String text) {
        for (var severity : values()) {
            if (severity.value.equalsIgnoreCase(text)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity (error, warning, info)");
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    @Override
    public String toString() {
        return value;
    }
}
