package com.balancerstudio.sim;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a design's listeners, rules and actions into the routing the load balancer nodes follow. */
final class ListenerRoutes {
    private final Map<String, SimTargetGroup> groups;

    ListenerRoutes(Map<String, SimTargetGroup> groups) {
        this.groups = groups;
    }

    /** An ALB, NLB or GWLB listener: its rules by priority (unnumbered last), then its default action. */
    ListenerRoute of(Listener listener, List<ListenerRule> listenerRules) {
        var route = new ListenerRoute(listener.port());
        route.defaultAction = action(listener.defaultAction());
        var rules = new ArrayList<>(listenerRules);
        rules.sort(Comparator.comparingInt((ListenerRule r) -> r.priority() == null ? Integer.MAX_VALUE : r.priority()));
        for (var rule : rules) {
            route.rules.add(new ListenerRoute.Rule(rule.conditions(), action(rule.action())));
        }
        return route;
    }

    /**
     * A Classic Load Balancer listener forwards to the balancer's instances, by round robin for TCP and SSL listeners
     * and least outstanding requests for HTTP and HTTPS listeners
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#routing-algorithm).
     */
    ListenerRoute classic(Listener listener, SimTargetGroup instances) {
        var route = new ListenerRoute(listener.port());
        boolean http = listener.protocol() == Protocol.HTTP || listener.protocol() == Protocol.HTTPS;
        route.classicAlgorithm = http ? LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS : LoadBalancingAlgorithm.ROUND_ROBIN;
        route.defaultAction = new ListenerRoute.ActionRoute(new SimTargetGroup[] {instances}, new int[] {1}, 0);
        route.classicStickiness = http ? stickiness(listener.stickinessPolicy()) : null;
        return route;
    }

    /**
     * Sticky sessions of a Classic Load Balancer listener (HTTP and HTTPS only; AWS refuses them elsewhere,
     * https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html): a duration-based
     * cookie lasts its expiration period, or the browser session when it has none; an application-based one follows
     * the application's cookie, which the simulated clients keep for the whole run.
     */
    private static Double stickiness(ClassicStickinessPolicy policy) {
        if (policy == null) {
            return null;
        }
        if (policy.type() == ClassicStickinessType.LB_COOKIE && policy.cookieExpirationPeriod() != null) {
            return policy.cookieExpirationPeriod().doubleValue();
        }
        return Double.POSITIVE_INFINITY;
    }

    private ListenerRoute.ActionRoute action(Action action) {
        if (action instanceof Action.Redirect redirect) {
            return ListenerRoute.ActionRoute.answer(status(redirect.statusCode(), 301));
        }
        if (action instanceof Action.FixedResponse fixed) {
            return ListenerRoute.ActionRoute.answer(status(fixed.statusCode(), 200));
        }
        if (action == null) {
            return ListenerRoute.ActionRoute.answer(503);
        }
        List<SimTargetGroup> destinations = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (var weighted : action.targetGroups()) {
            var group = groups.get(weighted.targetGroupId().value());
            int weight = weighted.weight() == null ? 1 : weighted.weight();
            if (group != null && weight > 0) {
                destinations.add(group);
                weights.add(weight);
            }
        }
        if (destinations.isEmpty()) {
            return ListenerRoute.ActionRoute.answer(503);
        }
        var cumulative = new int[weights.size()];
        int total = 0;
        for (int i = 0; i < weights.size(); i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        return new ListenerRoute.ActionRoute(destinations.toArray(new SimTargetGroup[0]), cumulative, 0);
    }

    /** "HTTP_301" or "404" as a number. */
    private static int status(String code, int fallback) {
        if (code == null) {
            return fallback;
        }
        var digits = code.replaceAll("[^0-9]", "");
        try {
            return digits.isEmpty() ? fallback : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
