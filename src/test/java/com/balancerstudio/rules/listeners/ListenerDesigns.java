package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import java.util.List;

/**
 * Changes to the reference web tier ({@link Fixtures#webTier()}: ALB web-alb with listeners "https" and "http",
 * target group web-tg of web-a and web-b) that the listener, rule and TLS tests make, each in one call.
 */
final class ListenerDesigns {
    static final Design WEB = Fixtures.webTier();

    private ListenerDesigns() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    static Design add(Design design, Element... elements) {
        var result = design;
        for (var element : elements) {
            result = result.withAdded(element, result.size());
        }
        return result;
    }

    static Design replace(Design design, Element changed) {
        return Fixtures.with(design, changed);
    }

    static <T extends Element> T get(Design design, String id, Class<T> type) {
        return Fixtures.get(design, id, type);
    }

    /** The design after the finding's quick fix. */
    static Design fixed(Design design, Finding finding) {
        return finding.quickFixEdit().orElseThrow(() -> new AssertionError("no quick fix")).apply(design);
    }

    static Listener https() {
        return get(WEB, "https", Listener.class);
    }

    static Action.Forward forwardWeb() {
        return Action.Forward.to(id("web-tg"));
    }

    /** A rule (named as its id) of a listener of the web tier. */
    static ListenerRule rule(String id, String listener, Integer priority, Action action, RuleCondition... conditions) {
        return new ListenerRule(id(id), id, id(listener), null, priority, List.of(conditions), action);
    }

    /** A web tier rule on the HTTPS listener forwarding to web-tg. */
    static ListenerRule rule(String id, Integer priority, RuleCondition... conditions) {
        return rule(id, "https", priority, forwardWeb(), conditions);
    }

    /** An internet-facing load balancer of the kind in both public subnets of the web tier. */
    static LoadBalancer loadBalancer(String id, LoadBalancerType type) {
        return LoadBalancer.of(id(id), id, id("vpc"), null, type, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))));
    }

    /** A Classic Load Balancer registering both web instances. */
    static LoadBalancer classic() {
        return new LoadBalancer(id("clb"), "clb", id("vpc"), null, LoadBalancerType.CLASSIC, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))), List.of(), null, null,
                false, null, null, null, null, List.of(id("web-a"), id("web-b")), null, null, null, null, null, null, null);
    }

    static Listener classicListener(String id, Protocol protocol, int port, ElementId certificate, String policy) {
        return new Listener(id(id), id, id("clb"), null, protocol, port, certificate, List.of(), policy, null,
                Protocol.HTTP, 80, false, null, null, null);
    }

    static Listener listener(String id, String lb, Protocol protocol, Integer port, Action action) {
        return new Listener(id(id), id, id(lb), null, protocol, port, null, List.of(), null, action, null, null, false, null, null, null);
    }

    /** A target group of both web instances. */
    static TargetGroup group(String id, Protocol protocol, int port) {
        return TargetGroup.of(id(id), id, id("vpc"), null, protocol, port,
                List.of(TargetRegistration.instance(id("web-a")), TargetRegistration.instance(id("web-b"))));
    }
}
