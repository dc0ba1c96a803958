package com.balancerstudio.importing.terraform;

/** The configuration cannot be imported at all; the message says where and why. */
public final class TerraformImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public TerraformImportException(String message) {
        super(message);
    }
}
