package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AsgHealthCheckType;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.Fixtures;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Small changes to the reference web tier, so each test reads as the one thing it does differently. */
final class Tweaks {
    private static final Rect BOX = new Rect(0, 0, 60, 60);

    private Tweaks() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
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

    static Design add(Design design, List<? extends Element> elements) {
        return add(design, elements.toArray(Element[]::new));
    }

    static Design change(Design design, Element... elements) {
        var result = design;
        for (var element : elements) {
            result = result.withReplaced(element);
        }
        return result;
    }

    static Vpc vpc(String name, String region, String cidr, String... secondary) {
        return new Vpc(id(name), name, id(region), BOX, Cidr.parse(cidr),
                Arrays.stream(secondary).map(Cidr::parse).toList(), true);
    }

    static Vpc withBlocks(Vpc vpc, String primary, String... secondary) {
        return new Vpc(vpc.id(), vpc.name(), vpc.parent(), vpc.bounds(), Cidr.parse(primary),
                Arrays.stream(secondary).map(Cidr::parse).toList(), vpc.enableDnsHostnames());
    }

    static AvailabilityZone zone(String name, String vpc, String zoneName) {
        return new AvailabilityZone(id(name), name, id(vpc), BOX, zoneName);
    }

    static Subnet subnet(String name, String zone, String cidr) {
        return new Subnet(id(name), name, id(zone), BOX, Cidr.parse(cidr), false);
    }

    static Subnet withCidr(Subnet subnet, String cidr) {
        return new Subnet(subnet.id(), subnet.name(), subnet.parent(), subnet.bounds(), Cidr.parse(cidr),
                subnet.mapPublicIpOnLaunch());
    }

    static Subnet assigningPublicIps(Subnet subnet) {
        return new Subnet(subnet.id(), subnet.name(), subnet.parent(), subnet.bounds(), subnet.cidrBlock(), true);
    }

    static RouteTable withRoutes(RouteTable table, Route... routes) {
        return new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), List.of(routes),
                table.subnetIds());
    }

    static RouteTable withRoutes(RouteTable table, List<Route> routes) {
        return withRoutes(table, routes.toArray(Route[]::new));
    }

    static RouteTable withSubnets(RouteTable table, String... subnets) {
        return new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), table.routes(),
                Arrays.stream(subnets).map(Tweaks::id).toList());
    }

    static Route route(String destination, String target) {
        return new Route(Cidr.parse(destination), id(target));
    }

    static ElasticIp elasticIp(String name) {
        return new ElasticIp(id(name), name, id("us-east-1"), BOX, null);
    }

    static NatGateway privateNat(String name, String subnet, String elasticIp) {
        return new NatGateway(id(name), name, id(subnet), BOX, ConnectivityType.PRIVATE,
                elasticIp == null ? null : id(elasticIp), List.of());
    }

    static Instance instance(String name, String subnet, String type, Boolean publicIp, String elasticIp,
                             String... securityGroups) {
        return new Instance(id(name), name, id(subnet), BOX, type, publicIp,
                Arrays.stream(securityGroups).map(Tweaks::id).toList(), elasticIp == null ? null : id(elasticIp),
                null);
    }

    static SecurityGroup securityGroup(String name, String vpc, int ingressRules) {
        var rules = IntStream.range(0, ingressRules).mapToObj(i -> new SecurityGroupRule("tcp", 1000 + i, 1000 + i,
                Cidr.parse("10.0.0.0/16"), null, null)).toList();
        return new SecurityGroup(id(name), name, id(vpc), BOX, "test group", rules, List.of());
    }

    static LoadBalancer withSecurityGroups(LoadBalancer lb, String... groups) {
        return lb.withSecurityGroups(Arrays.stream(groups).map(Tweaks::id).toList());
    }

    static TargetGroup targetGroup(String name, TargetType type, Protocol protocol, Integer port,
                                   CrossZoneSetting crossZone, TargetRegistration... targets) {
        return new TargetGroup(id(name), name, id("vpc"), BOX, protocol, port, type, null, null, null, null, null, null,
                crossZone, List.of(targets), null, null, null, null, null);
    }

    static TargetRegistration ip(String address, String zone) {
        return new TargetRegistration(null, address, zone, null);
    }

    static TargetRegistration target(String element, String zone, Integer port) {
        return new TargetRegistration(id(element), null, zone, port);
    }

    static AutoScalingGroup autoScaling(String name, String vpc, int min, List<String> subnets, List<String> groups,
                                        AsgHealthCheckType healthCheck) {
        return new AutoScalingGroup(id(name), name, id(vpc), BOX, min, Math.max(min, 4), Math.max(min, 2),
                subnets.stream().map(Tweaks::id).toList(), groups.stream().map(Tweaks::id).toList(), List.of(), null,
                healthCheck, null, List.of());
    }
}
