package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Subnet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gateway Load Balancer endpoints (aws_vpc_endpoint of type GatewayLoadBalancer), read in two steps: the endpoints
 * before the routes that go to them, then, once load balancers are read, the Gateway Load Balancer behind each
 * endpoint's aws_vpc_endpoint_service. Other kinds of VPC endpoint are noted and left out.
 */
final class GatewayEndpointImport {
    private final Assembly assembly;
    /** Each endpoint with the service_name value it was created with, to follow once load balancers exist. */
    private final Map<ElementId, Pending> pending = new LinkedHashMap<>();

    private record Pending(Object serviceName, Arguments arguments) {
    }

    GatewayEndpointImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::endpoint, "aws_vpc_endpoint");
    }

    private void endpoint(ResourceInstance instance, Arguments arguments) throws HclException {
        var type = arguments.text("vpc_endpoint_type");
        if (!"GatewayLoadBalancer".equals(type)) {
            assembly.note(arguments, instance.address() + " is a " + (type == null ? "Gateway" : type)
                    + " VPC endpoint, which a design does not draw; left out");
            return;
        }
        var subnets = assembly.refs(arguments, "subnet_ids", Subnet.class);
        if (subnets.size() != 1) {
            throw new HclException(arguments.positionOf("subnet_ids"), "a Gateway Load Balancer endpoint is in "
                    + "exactly one subnet, not " + subnets.size());
        }
        var name = Names.of(arguments, instance);
        var endpoint = new GatewayLoadBalancerEndpoint(assembly.newId(name), name, subnets.get(0).id(), null, null);
        assembly.add(instance, endpoint);
        pending.put(endpoint.id(), new Pending(arguments.value("service_name"), arguments));
    }

    /** Gives each endpoint the Gateway Load Balancer of its endpoint service (run after load balancers are read). */
    void attach() {
        pending.forEach((id, waiting) -> {
            try {
                var lb = loadBalancerOf(waiting);
                if (lb != null) {
                    assembly.replace(assembly.get(id, GatewayLoadBalancerEndpoint.class).withLoadBalancer(lb.id()));
                }
            } catch (HclException e) {
                assembly.note(waiting.arguments(), e.getMessage() + "; the endpoint is kept without its load balancer");
            }
        });
    }

    private LoadBalancer loadBalancerOf(Pending waiting) throws HclException {
        if (!(waiting.serviceName() instanceof AttributeRef ref)
                || !ref.instance().resource().type().equals("aws_vpc_endpoint_service")) {
            assembly.note(waiting.arguments(), "service_name is not the service_name of an aws_vpc_endpoint_service "
                    + "of this configuration; the endpoint is kept without its Gateway Load Balancer");
            return null;
        }
        var service = Arguments.of(assembly.evaluation, ref.instance());
        var balancers = assembly.refs(service, "gateway_load_balancer_arns", LoadBalancer.class);
        var gateways = balancers.stream().filter(lb -> lb.type() == LoadBalancerType.GATEWAY).toList();
        if (gateways.size() != 1) {
            assembly.note(service, ref.instance().address() + " serves " + gateways.size() + " Gateway Load "
                    + "Balancers; a design's endpoint sends to one, so the endpoint is kept without one");
            return null;
        }
        return gateways.get(0);
    }
}
