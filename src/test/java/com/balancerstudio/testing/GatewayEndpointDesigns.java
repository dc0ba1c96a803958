package com.balancerstudio.testing;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SubnetMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Fixtures#webTier()} with a Gateway Load Balancer "gwlb" in its private subnets and GWLB endpoints, for the
 * tests of endpoints, of subnets inspected through them and of ELB-GWLB-009.
 */
public final class GatewayEndpointDesigns {
    private GatewayEndpointDesigns() {
    }

    public static ElementId id(String value) {
        return ElementId.of(value);
    }

    /** The web tier with the Gateway Load Balancer and no endpoint. */
    public static Design withGatewayLoadBalancer() {
        return plus(Fixtures.webTier(), LoadBalancer.of(id("gwlb"), "gwlb", id("vpc"), new Rect(20, 20, 64, 64),
                LoadBalancerType.GATEWAY,
                false, List.of(SubnetMapping.of(id("private-a")), SubnetMapping.of(id("private-b")))));
    }

    /** An endpoint of "gwlb" in the subnet, drawn to the right of what the web tier puts there. */
    public static GatewayLoadBalancerEndpoint endpoint(String name, String subnet) {
        return new GatewayLoadBalancerEndpoint(id(name), name, id(subnet), new Rect(200, 40, 64, 64), id("gwlb"));
    }

    /** The design with the route table's routes replaced by one default route to the target. */
    public static Design defaultRouteTo(Design design, String table, String target) {
        var old = design.get(id(table), RouteTable.class);
        return design.withReplaced(new RouteTable(old.id(), old.name(), old.parent(), old.bounds(), old.main(),
                List.of(new Route(Cidr.parse("0.0.0.0/0"), id(target))), old.subnetIds()));
    }

    /**
     * AWS's internet inspection pattern in zone a: the endpoint "gwlbe-a" in public-a (whose default route is the
     * internet gateway), and private-a's default route going to it instead of to the NAT gateway.
     */
    public static Design inspectedZoneA() {
        return defaultRouteTo(plus(withGatewayLoadBalancer(), endpoint("gwlbe-a", "public-a")), "private-rt-a",
                "gwlbe-a");
    }

    public static Design plus(Design design, Element... added) {
        var elements = new ArrayList<>(design.elements());
        elements.addAll(Arrays.asList(added));
        return Design.of(design.name(), design.description(), elements);
    }
}
