package com.balancerstudio.rules;

import com.balancerstudio.rules.balancers.LoadBalancerRules;
import com.balancerstudio.rules.network.NetworkRules;
import com.balancerstudio.rules.quotas.QuotaRules;
import com.balancerstudio.rules.traffic.TrafficRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The core rule set: the limits table plus the structural rules of every area. */
public final class CoreRules {
    private CoreRules() {
    }

    /** The rules, judging dates (certificate expiry) by today's date in UTC. */
    public static RuleSet create(Catalog catalog) {
        return create(catalog, Clock.systemUTC());
    }

    /** The rules, judging dates (certificate expiry) by the clock's date: a fixed clock makes a run reproducible. */
    public static RuleSet create(Catalog catalog, Clock clock) {
        List<Rule> rules = new ArrayList<>(LimitsTable.rules(catalog));
        rules.addAll(NetworkRules.all(catalog));
        rules.addAll(LoadBalancerRules.all(catalog));
        rules.addAll(TrafficRules.all(catalog));
        rules.addAll(QuotaRules.all(catalog));
        rules.addAll(com.balancerstudio.rules.listeners.ListenerRules.all(catalog, clock));
        rules.addAll(com.balancerstudio.rules.targets.TargetGroupRules.all(catalog));
        rules.addAll(com.balancerstudio.rules.kinds.KindRules.all(catalog));
        rules.addAll(com.balancerstudio.rules.addressing.AddressingRules.all(catalog));
        rules.addAll(com.balancerstudio.rules.edge.EdgeRules.all(catalog));
        return new RuleSet(rules);
    }
}
