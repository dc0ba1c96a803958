package com.balancerstudio.rules.traffic;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.testing.Fixtures;
import java.util.Arrays;
import java.util.List;

/** Changes to the reference web tier that the traffic rule tests make, each in one call. */
final class TrafficDesigns {
    private TrafficDesigns() {
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

    static Listener withDefaultAction(Listener l, Action action) {
        return l.withDefaultAction(action);
    }

    static Listener withPort(Listener l, int port) {
        return l.withProtocolAndPort(l.protocol(), port);
    }

    static Listener withCertificate(Listener l, ElementId certificate) {
        return l.withCertificate(certificate);
    }

    static Listener withSslPolicy(Listener l, String policy) {
        return l.withSslPolicy(policy);
    }

    static Listener listener(String id, LoadBalancer lb, Protocol protocol, int port, Action action) {
        return Listener.of(id(id), lb.id(), protocol, port, null, action);
    }

    static HealthCheck healthCheck(Protocol protocol, String path, Integer interval, Integer timeout) {
        return new HealthCheck(null, protocol, null, path, interval, timeout, null, null, null);
    }

    static TargetGroup targetGroup(String id, ElementId vpc, Protocol protocol, Integer port, TargetType type,
                                   String protocolVersion, HealthCheck check, TargetRegistration... targets) {
        return new TargetGroup(id(id), id, vpc, null, protocol, port, type, protocolVersion, null, check, null, null,
                null, null, List.of(targets), null, null, null, null, null);
    }

    static TargetRegistration instanceTarget(String instance) {
        return TargetRegistration.instance(id(instance));
    }

    static TargetRegistration ipTarget(String address, String zone) {
        return new TargetRegistration(null, address, zone, null);
    }

    static Instance instance(String id, String subnet) {
        return Instance.of(id(id), id, id(subnet), null);
    }

    static Instance instance(String id, String subnet, Boolean publicIp, String elasticIp) {
        return new Instance(id(id), id, id(subnet), null, null, publicIp, List.of(),
                elasticIp == null ? null : id(elasticIp), null);
    }

    static LoadBalancer loadBalancer(String id, LoadBalancerType type, boolean internal, String... subnets) {
        return LoadBalancer.of(id(id), id, id("vpc"), null, type, internal,
                Arrays.stream(subnets).map(s -> SubnetMapping.of(id(s))).toList());
    }

    /** An internet-facing Classic Load Balancer in both public subnets of the web tier. */
    static LoadBalancer classic(String id, HealthCheck check, String... instances) {
        return new LoadBalancer(id(id), id, id("vpc"), null, LoadBalancerType.CLASSIC, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))), List.of(), null, null,
                false, null, null, null, null, Arrays.stream(instances).map(TrafficDesigns::id).toList(), check, null, null, null, null, null, null);
    }

    static AutoScalingGroup autoScalingGroup(String id, int min, int max, List<String> subnets, List<String> groups,
                                             List<String> loadBalancers) {
        return new AutoScalingGroup(id(id), id, id("vpc"), null, min, max, min,
                subnets.stream().map(TrafficDesigns::id).toList(), groups.stream().map(TrafficDesigns::id).toList(),
                loadBalancers.stream().map(TrafficDesigns::id).toList(), null, null, null, List.of());
    }
}
