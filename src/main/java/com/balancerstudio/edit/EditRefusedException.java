package com.balancerstudio.edit;

/** Thrown when an edit cannot apply to a design; the message says why, for the person who tried. */
public final class EditRefusedException extends RuntimeException {
    public EditRefusedException(String message) {
        super(message);
    }

    public EditRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
