package com.balancerstudio.sim;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.scenario.RequestShape;
import java.util.Locale;

/**
 * Which action of a listener handles a request: the first rule, in priority order, whose conditions all match, else
 * the default action (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html).
 * Simulated requests are GETs with a Host header and a path; header and query-string conditions never match them.
 */
final class ListenerRouting {
    private ListenerRouting() {
    }

    static ListenerRoute.ActionRoute route(ListenerRoute listener, RequestShape request, SimClient client) {
        for (var rule : listener.rules) {
            if (matches(rule, request, client)) {
                return rule.action();
            }
        }
        return listener.defaultAction;
    }

    private static boolean matches(ListenerRoute.Rule rule, RequestShape request, SimClient client) {
        for (var condition : rule.conditions()) {
            if (!matches(condition, request, client)) {
                return false;
            }
        }
        return true;
    }

    /** A condition matches when any of its values does. */
    static boolean matches(RuleCondition condition, RequestShape request, SimClient client) {
        for (var value : condition.values()) {
            boolean match = switch (condition.field()) {
                // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html:
                // paths match case-sensitively, host names case-insensitively; * and ? are wildcards.
                case PATH_PATTERN -> wildcard(value, request.path());
                case HOST_HEADER -> request.host() != null && wildcard(value.toLowerCase(Locale.ROOT),
                        request.host().toLowerCase(Locale.ROOT));
                case HTTP_REQUEST_METHOD -> value.equals("GET");
                case SOURCE_IP -> inRange(value, client.ip);
                case HTTP_HEADER, QUERY_STRING -> false;
            };
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(String cidr, int ip) {
        try {
            var range = Cidr.parse(cidr);
            var address = Cidr.parse((((long) ip >>> 24) & 255) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255)
                    + "." + (ip & 255) + "/32");
            return range.contains(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the text matches the pattern, where * stands for any run of characters and ? for one character. */
    static boolean wildcard(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
