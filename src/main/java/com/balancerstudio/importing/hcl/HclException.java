package com.balancerstudio.importing.hcl;

/** A problem found while reading or evaluating HCL, with the place it was found and a reason written for a person. */
public final class HclException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final String reason;

    public HclException(SourcePosition position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    public SourcePosition position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
