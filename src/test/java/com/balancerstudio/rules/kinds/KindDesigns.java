package com.balancerstudio.rules.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Template;
import com.balancerstudio.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Load balancers of every kind added to {@link Fixtures#webTier()} (VPC "vpc", zones us-east-1a/b with subnets
 * public-a, private-a, public-b, private-b, instances web-a and web-b) for the tests of this package.
 */
final class KindDesigns {
    private KindDesigns() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    static Design plus(Design design, Element... added) {
        var elements = new ArrayList<>(design.elements());
        elements.addAll(Arrays.asList(added));
        return Design.of(design.name(), design.description(), elements);
    }

    static LoadBalancer lb(String name, LoadBalancerType type, boolean internal, String... subnets) {
        return LoadBalancer.of(id(name), name, id("vpc"), null, type, internal,
                Arrays.stream(subnets).map(s -> SubnetMapping.of(id(s))).toList());
    }

    /** A security group of the web tier's VPC open to HTTP from anywhere. */
    static SecurityGroup securityGroup(String name) {
        return new SecurityGroup(id(name), name, id("vpc"), null, "load balancer",
                List.of(new SecurityGroupRule("tcp", 80, 80, com.balancerstudio.model.Cidr.parse("0.0.0.0/0"), null,
                        "HTTP")),
                List.of(new SecurityGroupRule("-1", null, null, com.balancerstudio.model.Cidr.parse("0.0.0.0/0"),
                        null, "all")));
    }

    /**
     * A Classic Load Balancer as AWS recommends it: in both public subnets, with the security group "clb-sg",
     * cross-zone load balancing, connection draining for 300 s and both web instances registered.
     */
    static LoadBalancer classic() {
        return new LoadBalancer(id("clb"), "clb", id("vpc"), null, LoadBalancerType.CLASSIC, false,
                List.of(SubnetMapping.of(id("public-a")), SubnetMapping.of(id("public-b"))), List.of(id("clb-sg")),
                null, null, false, null, null, null, true, List.of(id("web-a"), id("web-b")), null, 300, null, null, null, null, null);
    }

    static Listener classicListener(String name, Protocol protocol, int port, Protocol instanceProtocol,
                                    int instancePort) {
        return new Listener(id(name), name, id("clb"), null, protocol, port, null, List.of(), null, null,
                instanceProtocol, instancePort, false, null, null, null);
    }

    /** The web tier with the recommended Classic Load Balancer, its security group and the listeners given. */
    static Design classicDesign(LoadBalancer clb, Listener... listeners) {
        return plus(plus(Fixtures.webTier(), clb, securityGroup("clb-sg")), listeners);
    }

    /** A Network Load Balancer of the web tier's VPC with the attributes these rules look at. */
    static LoadBalancer nlb(String name, boolean internal, List<ElementId> securityGroups, IpAddressType addressType,
                            AccessLogs logs, SubnetMapping... mappings) {
        return new LoadBalancer(id(name), name, id("vpc"), null, LoadBalancerType.NETWORK, internal, List.of(mappings),
                securityGroups, addressType, null, false, logs, null, null, null, List.of(), null, null, null, null, null, null, null);
    }

    static Listener listener(String name, LoadBalancer lb, Protocol protocol, Integer port) {
        return new Listener(id(name), name, lb.id(), null, protocol, port, null, List.of(), null, null, null, null,
                false, null, null, null);
    }

    static ElementId[] ids(String... values) {
        return Arrays.stream(values).map(KindDesigns::id).toArray(ElementId[]::new);
    }

    /** What every finding owes the user: all placeholders filled, in the message and in the fix. */
    static Finding filled(Finding finding) {
        assertThat(Template.hasPlaceholders(finding.message())).as(finding.message()).isFalse();
        assertThat(Template.hasPlaceholders(finding.fix())).as(finding.fix()).isFalse();
        return finding;
    }
}
