package com.balancerstudio.export.terraform;

import com.balancerstudio.model.ElementId;

/**
 * Something in the design that the Terraform configuration does not say, or says differently, with the reason;
 * {@code element} is null for what concerns the design as a whole.
 */
public record NotExpressed(ElementId element, String message) {
    @Override
    public String toString() {
        return (element == null ? "" : element.value() + ": ") + message;
    }
}
