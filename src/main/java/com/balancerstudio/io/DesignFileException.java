package com.balancerstudio.io;

/**
 * A design file that cannot be read or written, with a message that says where (file, JSON path, line) and why,
 * meant to be shown to a person as it is.
 */
public final class DesignFileException extends Exception {
    private final String jsonPath;
    private final int line;

    public DesignFileException(String message, String jsonPath, int line, Throwable cause) {
        super(message, cause);
        this.jsonPath = jsonPath;
        this.line = line;
    }

    /** Where in the document the problem is, such as $.elements[3].health_check.interval, or null. */
    public String jsonPath() {
        return jsonPath;
    }

    /** The line of the problem (1-based), or 0 when unknown. */
    public int line() {
        return line;
    }
}
