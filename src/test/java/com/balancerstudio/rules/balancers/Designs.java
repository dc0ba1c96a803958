package com.balancerstudio.rules.balancers;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Template;
import com.balancerstudio.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small additions to {@link Fixtures#webTier()} for the load balancer rules: other kinds of load balancer in its VPC
 * (vpc, zones us-east-1a/b with subnets public-a, private-a, public-b, private-b, instances web-a and web-b), and
 * changed copies of load balancers.
 */
final class Designs {
    private Designs() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    /** The design with the elements appended. */
    static Design plus(Design design, Element... added) {
        var elements = new ArrayList<>(design.elements());
        elements.addAll(Arrays.asList(added));
        return Design.of(design.name(), design.description(), elements);
    }

    /** A load balancer of the web tier's VPC, enabled in the named subnets, with AWS defaults otherwise. */
    static LoadBalancer lb(String name, LoadBalancerType type, boolean internal, String... subnets) {
        return LoadBalancer.of(id(name), name, id("vpc"), null, type, internal,
                Arrays.stream(subnets).map(s -> SubnetMapping.of(id(s))).toList());
    }

    static Listener listener(String id, LoadBalancer lb, Protocol protocol, Integer port, Action action) {
        return Listener.of(id(id), lb.id(), protocol, port, null, action);
    }

    static TargetGroup targetGroup(String name, Protocol protocol, Integer port, String... instances) {
        return TargetGroup.of(id(name), name, id("vpc"), null, protocol, port,
                Arrays.stream(instances).map(i -> TargetRegistration.instance(id(i))).toList());
    }

    static Instance instance(String name, String subnet) {
        return Instance.of(id(name), name, id(subnet), null);
    }

    static Action.Forward forward(TargetGroup group) {
        return Action.Forward.to(group.id());
    }

    /** The load balancer enabled in the named subnets instead, without Elastic IPs or fixed addresses. */
    static LoadBalancer withSubnets(LoadBalancer lb, String... subnets) {
        return lb.withSubnetMappings(Arrays.stream(subnets).map(s -> SubnetMapping.of(id(s))).toList());
    }

    static LoadBalancer withMappings(LoadBalancer lb, SubnetMapping... mappings) {
        return lb.withSubnetMappings(List.of(mappings));
    }

    static LoadBalancer withWebAcl(LoadBalancer l, ElementId webAcl) {
        return l.withWebAcl(webAcl);
    }

    static LoadBalancer withHttp2(LoadBalancer l, Boolean http2) {
        return l.withHttp2(http2);
    }

    static LoadBalancer withCrossZone(LoadBalancer l, Boolean crossZone) {
        return l.withCrossZoneLoadBalancing(crossZone);
    }

    static LoadBalancer withInstances(LoadBalancer l, String... instances) {
        return l.withInstances(Arrays.stream(instances).map(Designs::id).toList());
    }

    /** The ids of elements as the finding lists them. */
    static ElementId[] ids(String... values) {
        return Arrays.stream(values).map(Designs::id).toArray(ElementId[]::new);
    }

    /** What every finding owes the user: all placeholders filled, in the message and in the fix. */
    static Finding filled(Finding finding) {
        assertThat(Template.hasPlaceholders(finding.message())).as(finding.message()).isFalse();
        assertThat(Template.hasPlaceholders(finding.fix())).as(finding.fix()).isFalse();
        return finding;
    }
}
