package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import java.util.Arrays;
import java.util.List;

/**
 * Target groups for the rule tests of this area, built from the reference web tier: a fluent copier of a target
 * group, and one-call additions of a Network Load Balancer or a listener forwarding to a group.
 */
final class Groups {
    private Groups() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    static Design webTier() {
        return Fixtures.webTier();
    }

    static TargetGroup webGroup(Design design) {
        return Fixtures.get(design, "web-tg", TargetGroup.class);
    }

    static <T extends Element> T get(Design design, String id, Class<T> type) {
        return Fixtures.get(design, id, type);
    }

    static Design add(Design design, Element... elements) {
        var result = design;
        for (var element : elements) {
            result = result.withAdded(element, result.size());
        }
        return result;
    }

    static Design replace(Design design, Element changed) {
        return design.withReplaced(changed);
    }

    /** The design after the finding's quick fix. */
    static Design fixed(Design design, Finding finding) {
        return finding.quickFixEdit().orElseThrow(() -> new AssertionError("no quick fix")).apply(design);
    }

    /** A new instance target group in the web tier's VPC, with AWS defaults and no targets. */
    static Copy group(String name, Protocol protocol, Integer port) {
        return new Copy(new TargetGroup(id(name), name, id("vpc"), null, protocol, port, TargetType.INSTANCE, null,
                null, null, null, null, null, null, List.of(), null, null, null, null, null));
    }

    static Copy copy(TargetGroup group) {
        return new Copy(group);
    }

    static TargetRegistration instance(String id) {
        return TargetRegistration.instance(id(id));
    }

    static HealthCheck healthCheck(Protocol protocol, String port, String matcher) {
        return new HealthCheck(null, protocol, port, null, null, null, null, null, matcher);
    }

    /** A load balancer of the kind in both public subnets of the web tier. */
    static LoadBalancer loadBalancer(String id, LoadBalancerType type, String... subnets) {
        var mappings = (subnets.length == 0 ? List.of("public-a", "public-b") : Arrays.asList(subnets)).stream()
                .map(s -> SubnetMapping.of(id(s))).toList();
        return LoadBalancer.of(id(id), id, id("vpc"), null, type, false, mappings);
    }

    static Listener listener(String id, LoadBalancer lb, Protocol protocol, int port, Action action) {
        return Listener.of(id(id), lb.id(), protocol, port, null, action);
    }

    static Action.Forward forward(TargetGroup group) {
        return Action.Forward.to(group.id());
    }

    /** The web tier plus the group and an NLB "app-nlb" whose listener "nlb-listener" forwards to it. */
    static Design behindNlb(TargetGroup group, Protocol listenerProtocol, int port) {
        var nlb = loadBalancer("app-nlb", LoadBalancerType.NETWORK);
        return add(webTier(), group, nlb, listener("nlb-listener", nlb, listenerProtocol, port, forward(group)));
    }

    /** A copy of a target group with some attributes changed. */
    static final class Copy {
        private TargetGroup g;

        Copy(TargetGroup g) {
            this.g = g;
        }

        Copy protocol(Protocol value) {
            g = g.withProtocol(value);
            return this;
        }

        Copy port(Integer value) {
            g = g.withPort(value);
            return this;
        }

        Copy type(TargetType value) {
            g = g.withTargetType(value);
            return this;
        }

        Copy version(String value) {
            g = g.withProtocolVersion(value);
            return this;
        }

        Copy algorithm(LoadBalancingAlgorithm value) {
            g = g.withAlgorithm(value);
            return this;
        }

        Copy check(HealthCheck value) {
            g = g.withHealthCheck(value);
            return this;
        }

        Copy stickiness(Stickiness value) {
            g = g.withStickiness(value);
            return this;
        }

        Copy delay(Integer value) {
            g = g.withDeregistrationDelay(value);
            return this;
        }

        Copy slowStart(Integer value) {
            g = g.withSlowStart(value);
            return this;
        }

        Copy crossZone(CrossZoneSetting value) {
            g = g.withCrossZone(value);
            return this;
        }

        Copy targets(TargetRegistration... value) {
            g = g.withTargets(List.of(value));
            return this;
        }

        TargetGroup build() {
            return g;
        }
    }
}
