package com.balancerstudio.sim;

import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.RuleCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener's routing: its rules in priority order, then its default action. A Classic Load Balancer's listener
 * forwards to the balancer's own instances with the algorithm AWS uses for its protocol.
 */
final class ListenerRoute {
    final Integer port;
    final List<Rule> rules = new ArrayList<>();
    ActionRoute defaultAction;
    /** For Classic Load Balancers: the algorithm of this listener's protocol; otherwise null (the group decides). */
    LoadBalancingAlgorithm classicAlgorithm;
    /**
     * For a Classic Load Balancer listener with sticky sessions: how long its cookie keeps a client on its instance, in
     * seconds (infinite for the browser session, which outlasts any simulated run); otherwise null.
     */
    Double classicStickiness;

    ListenerRoute(Integer port) {
        this.port = port;
    }

    boolean forwards() {
        if (defaultAction != null && defaultAction.forwards()) {
            return true;
        }
        return rules.stream().anyMatch(rule -> rule.action.forwards());
    }

    /** A listener rule: all its conditions must match. */
    record Rule(List<RuleCondition> conditions, ActionRoute action) {
    }

    /** What an action does: forward to target groups by weight, or answer with a status of its own. */
    static final class ActionRoute {
        final SimTargetGroup[] groups;
        final int[] cumulativeWeights;
        final int answerStatus;

        ActionRoute(SimTargetGroup[] groups, int[] cumulativeWeights, int answerStatus) {
            this.groups = groups;
            this.cumulativeWeights = cumulativeWeights;
            this.answerStatus = answerStatus;
        }

        boolean forwards() {
            return groups.length > 0;
        }

        static ActionRoute answer(int status) {
            return new ActionRoute(new SimTargetGroup[0], new int[0], status);
        }
    }
}
