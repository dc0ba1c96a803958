package com.balancerstudio.rules.network;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import java.util.List;

/** Changed copies of network elements, so each test reads as the one mistake it makes. */
final class Changes {
    private Changes() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    static <T extends Element> T get(Design design, String id, Class<T> type) {
        var element = design.get(id(id), type);
        if (element == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " '" + id + "'");
        }
        return element;
    }

    static Design add(Design design, Element... elements) {
        var result = design;
        for (var element : elements) {
            result = result.withAdded(element, result.size());
        }
        return result;
    }

    static Design change(Design design, Element... elements) {
        var result = design;
        for (var element : elements) {
            result = result.withReplaced(element);
        }
        return result;
    }

    static AvailabilityZone zoneNamed(AvailabilityZone zone, String zoneName) {
        return new AvailabilityZone(zone.id(), zone.name(), zone.parent(), zone.bounds(), zoneName);
    }

    static Subnet subnet(String name, ElementId zone, String cidr) {
        return new Subnet(id(name), name, zone, new Rect(0, 0, 100, 100), Cidr.parse(cidr), false);
    }

    static Subnet withCidr(Subnet subnet, String cidr) {
        return new Subnet(subnet.id(), subnet.name(), subnet.parent(), subnet.bounds(), Cidr.parse(cidr), false);
    }

    static RouteTable withRoutes(RouteTable table, Route... routes) {
        return new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), List.of(routes),
                table.subnetIds());
    }

    static RouteTable withSubnets(RouteTable table, ElementId... subnets) {
        return new RouteTable(table.id(), table.name(), table.parent(), table.bounds(), table.main(), table.routes(),
                List.of(subnets));
    }

    static Route defaultRouteTo(String target) {
        return new Route(Cidr.parse("0.0.0.0/0"), id(target));
    }

    static InternetGateway gateway(String name, String region, ElementId vpc) {
        return new InternetGateway(id(name), name, id(region), new Rect(0, 0, 60, 60), vpc);
    }

    static InternetGateway attachedTo(InternetGateway gateway, ElementId vpc) {
        return new InternetGateway(gateway.id(), gateway.name(), gateway.parent(), gateway.bounds(), vpc);
    }

    static NatGateway withAllocation(NatGateway nat, ElementId allocation) {
        return nat.withAllocation(allocation);
    }

    static NatGateway privateNat(String name, ElementId subnet) {
        return new NatGateway(id(name), name, subnet, new Rect(0, 0, 60, 60), ConnectivityType.PRIVATE, null, List.of());
    }

    static ElasticIp elasticIp(String name, String region) {
        return new ElasticIp(id(name), name, id(region), new Rect(0, 0, 60, 60), null);
    }
}
