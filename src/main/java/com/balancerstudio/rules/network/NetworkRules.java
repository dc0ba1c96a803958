package com.balancerstudio.rules.network;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.util.List;

/** The core rules of this area: the VPC, subnet, route, gateway and Elastic IP rules. */
public final class NetworkRules {
    private NetworkRules() {
    }

    public static List<Rule> all(Catalog catalog) {
        return List.of();
    }
}
