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
                null, null, null, null, null, null, List.of(), null, null, null));
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
        private final TargetGroup g;
        private Protocol protocol;
        private Integer port;
        private TargetType type;
        private String version;
        private LoadBalancingAlgorithm algorithm;
        private HealthCheck check;
        private Stickiness stickiness;
        private Integer delay;
        private Integer slowStart;
        private CrossZoneSetting crossZone;
        private List<TargetRegistration> targets;

        Copy(TargetGroup g) {
            this.g = g;
            protocol = g.protocol();
            port = g.port();
            type = g.targetType();
            version = g.protocolVersion();
            algorithm = g.loadBalancingAlgorithmType();
            check = g.healthCheck();
            stickiness = g.stickiness();
            delay = g.deregistrationDelay();
            slowStart = g.slowStart();
            crossZone = g.loadBalancingCrossZoneEnabled();
            targets = g.targets();
        }

        Copy protocol(Protocol value) {
            protocol = value;
            return this;
        }

        Copy port(Integer value) {
            port = value;
            return this;
        }

        Copy type(TargetType value) {
            type = value;
            return this;
        }

        Copy version(String value) {
            version = value;
            return this;
        }

        Copy algorithm(LoadBalancingAlgorithm value) {
            algorithm = value;
            return this;
        }

        Copy check(HealthCheck value) {
            check = value;
            return this;
        }

        Copy stickiness(Stickiness value) {
            stickiness = value;
            return this;
        }

        Copy delay(Integer value) {
            delay = value;
            return this;
        }

        Copy slowStart(Integer value) {
            slowStart = value;
            return this;
        }

        Copy crossZone(CrossZoneSetting value) {
            crossZone = value;
            return this;
        }

        Copy targets(TargetRegistration... value) {
            targets = List.of(value);
            return this;
        }

        TargetGroup build() {
            return new TargetGroup(g.id(), g.name(), g.parent(), g.bounds(), protocol, port, type, version, algorithm,
                    check, stickiness, delay, slowStart, crossZone, targets,
                g.ipAddressType(), g.preserveClientIp(), g.proxyProtocolV2());
        }
    }
}
