package com.balancerstudio.model;

import java.util.Objects;

/** Session stickiness of a target group (Terraform stickiness block); the duration is in seconds. */
public record Stickiness(boolean enabled, StickinessType type, Integer cookieDuration, String cookieName) {
    public Stickiness {
        Objects.requireNonNull(type, "stickiness type is required");
    }
}
