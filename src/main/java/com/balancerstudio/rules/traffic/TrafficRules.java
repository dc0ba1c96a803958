package com.balancerstudio.rules.traffic;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The core rules of this area: the rules about listeners, listener rules, TLS, target groups, health checks, targets and availability. */
public final class TrafficRules {
    private TrafficRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of();
    }
}
