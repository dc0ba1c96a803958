package com.balancerstudio.model;

import java.util.Objects;

/**
 * Sticky sessions of a Classic Load Balancer listener. {@code lb_cookie}: the load balancer's cookie keeps a client on
 * its instance for {@code cookieExpirationPeriod} seconds (null: for the browser session). {@code app_cookie}: the
 * stickiness follows the lifetime of the application's cookie named {@code cookieName}.
 */
public record ClassicStickinessPolicy(ClassicStickinessType type, Integer cookieExpirationPeriod, String cookieName) {
    public ClassicStickinessPolicy {
        Objects.requireNonNull(type, "stickiness_policy.type is required");
    }
}
