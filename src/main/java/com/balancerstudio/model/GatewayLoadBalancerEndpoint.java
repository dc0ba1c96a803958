package com.balancerstudio.model;

import java.util.List;

/**
 * A Gateway Load Balancer endpoint placed in a subnet: the VPC endpoint that route tables send traffic to so that a
 * Gateway Load Balancer ({@code loadBalancerId}) inspects it. AWS reaches the load balancer through an endpoint
 * service; the design leaves that service implied (one per load balancer that has endpoints).
 */
public record GatewayLoadBalancerEndpoint(ElementId id, String name, ElementId parent, Rect bounds,
                                          ElementId loadBalancerId) implements Element {
    public GatewayLoadBalancerEndpoint {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
    }

    /** The same endpoint serving another Gateway Load Balancer (null for none). */
    public GatewayLoadBalancerEndpoint withLoadBalancer(ElementId newLoadBalancerId) {
        return new GatewayLoadBalancerEndpoint(id, name, parent, bounds, newLoadBalancerId);
    }

    @Override
    public List<Reference> references() {
        return Reference.builder().add("load_balancer_id", loadBalancerId, LoadBalancer.class).build();
    }

    @Override
    public GatewayLoadBalancerEndpoint withoutReferencesTo(ElementId target) {
        return new GatewayLoadBalancerEndpoint(id, name, parent, bounds, Ids.unless(loadBalancerId, target));
    }

    @Override
    public GatewayLoadBalancerEndpoint withName(String newName) {
        return new GatewayLoadBalancerEndpoint(id, newName, parent, bounds, loadBalancerId);
    }

    @Override
    public GatewayLoadBalancerEndpoint withPlacement(ElementId newParent, Rect newBounds) {
        return new GatewayLoadBalancerEndpoint(id, name, newParent, newBounds, loadBalancerId);
    }
}
