package com.balancerstudio.rules.targets;

import com.balancerstudio.model.HealthCheck;

/** Copies of a health check with one attribute changed, for the quick fixes of this area. */
final class Changes {
    private Changes() {
    }

    static HealthCheck matcher(HealthCheck c, String matcher) {
        return new HealthCheck(c.enabled(), c.protocol(), c.port(), c.path(), c.interval(), c.timeout(),
                c.healthyThreshold(), c.unhealthyThreshold(), matcher);
    }

    static HealthCheck enabled(HealthCheck c, Boolean enabled) {
        return new HealthCheck(enabled, c.protocol(), c.port(), c.path(), c.interval(), c.timeout(),
                c.healthyThreshold(), c.unhealthyThreshold(), c.matcher());
    }
}
