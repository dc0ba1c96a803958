package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts derived from a design that rules, simulation and exports all need: which container an element is in, which
 * route table a subnet uses and whether that makes it public, which load balancers use a target group, who refers to
 * an element. Built once per (immutable) design, with reverse indexes so each question is answered in constant time.
 */
public final class Topology {
    private final Design design;
    private final Map<ElementId, List<Element>> referrers = new HashMap<>();
    private final Map<ElementId, RouteTable> explicitRouteTable = new HashMap<>();
    private final Map<ElementId, RouteTable> mainRouteTable = new HashMap<>();
    private final Map<ElementId, List<InternetGateway>> gatewaysByVpc = new HashMap<>();
    private final Map<ElementId, Set<LoadBalancer>> loadBalancersByTargetGroup = new HashMap<>();
    private final Map<ElementId, Set<TargetGroup>> targetGroupsByLoadBalancer = new HashMap<>();

    Topology(Design design) {
        this.design = design;
        for (var element : design.elements()) {
            for (var reference : element.references()) {
                referrers.computeIfAbsent(reference.target(), k -> new ArrayList<>()).add(element);
            }
            if (element instanceof RouteTable table) {
                if (table.main()) {
                    mainRouteTable.putIfAbsent(table.parent(), table);
                }
                table.subnetIds().forEach(subnet -> explicitRouteTable.putIfAbsent(subnet, table));
            } else if (element instanceof InternetGateway gateway && gateway.vpcId() != null) {
                gatewaysByVpc.computeIfAbsent(gateway.vpcId(), k -> new ArrayList<>()).add(gateway);
            } else if (element instanceof Listener listener) {
                link(listener, listener.defaultAction());
            } else if (element instanceof ListenerRule rule) {
                link(design.get(rule.parent(), Listener.class), rule.action());
            }
        }
    }

    private void link(Listener listener, Action action) {
        if (listener == null || action == null) {
            return;
        }
        var loadBalancer = design.get(listener.parent(), LoadBalancer.class);
        for (var weighted : action.targetGroups()) {
            var group = design.get(weighted.targetGroupId(), TargetGroup.class);
            if (loadBalancer != null && group != null) {
                loadBalancersByTargetGroup.computeIfAbsent(group.id(), k -> new LinkedHashSet<>()).add(loadBalancer);
                targetGroupsByLoadBalancer.computeIfAbsent(loadBalancer.id(), k -> new LinkedHashSet<>()).add(group);
            }
        }
    }

    /** The nearest container of the given kind around the element (the element itself if it is of that kind). */
    public <T extends Element> T enclosing(Element element, Class<T> type) {
        for (var current = element; current != null; current = design.get(current.parent())) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    public Vpc vpcOf(Element element) {
        return enclosing(element, Vpc.class);
    }

    public Region regionOf(Element element) {
        return enclosing(element, Region.class);
    }

    public AvailabilityZone zoneOf(Element element) {
        return enclosing(element, AvailabilityZone.class);
    }

    /**
     * The network border group of the zone: where AWS advertises the public addresses used in it, which an Elastic IP
     * must share to be associated there. An Availability Zone's is its Region's name; null outside a Region.
     */
    public String networkBorderGroupOf(AvailabilityZone zone) {
        var region = regionOf(zone);
        return region == null ? null : region.regionName();
    }

    /** The zone name of the element's Availability Zone, or null when it is not inside one. */
    public String zoneNameOf(Element element) {
        var zone = zoneOf(element);
        return zone == null ? null : zone.zoneName();
    }

    /** The elements that refer to the given one (not counting what it contains). */
    public List<Element> referrersOf(ElementId id) {
        return referrers.getOrDefault(id, List.of());
    }

    /** The route table a subnet uses: its explicit association, else its VPC's main route table (or null). */
    public RouteTable routeTableOf(Subnet subnet) {
        var explicit = explicitRouteTable.get(subnet.id());
        if (explicit != null) {
            return explicit;
        }
        var vpc = vpcOf(subnet);
        return vpc == null ? null : mainRouteTable.get(vpc.id());
    }

    /** The internet gateways attached to the VPC (AWS allows one). */
    public List<InternetGateway> gatewaysAttachedTo(Vpc vpc) {
        return gatewaysByVpc.getOrDefault(vpc.id(), List.of());
    }

    public boolean hasInternetGateway(Vpc vpc) {
        return !gatewaysAttachedTo(vpc).isEmpty();
    }

    /**
     * AWS's definition: a subnet is public when its route table has a route to an internet gateway attached to the
     * subnet's VPC (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html). A subnet whose
     * default route goes to a Gateway Load Balancer endpoint is public too when the endpoint's own subnet is: that is
     * AWS's inspection pattern (application subnet, endpoint, the endpoint subnet's internet gateway), where the
     * instances keep their public addresses and reach the internet, only inspected on the way. Calling such a subnet
     * private would ask it for a NAT gateway route (NET-RT-006) that would take its traffic around the inspection.
     * Each subnet is visited once, so endpoints whose subnets route to each other end the walk as not public.
     * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html)
     */
    public boolean isPublic(Subnet subnet) {
        return reachesInternetGateway(subnet, new HashSet<>());
    }

    private boolean reachesInternetGateway(Subnet subnet, Set<ElementId> visited) {
        var table = routeTableOf(subnet);
        var vpc = vpcOf(subnet);
        if (table == null || vpc == null || !visited.add(subnet.id())) {
            return false;
        }
        for (var route : table.routes()) {
            var target = design.get(route.target());
            if (target instanceof InternetGateway gateway && vpc.id().equals(gateway.vpcId())) {
                return true;
            }
            if (route.isDefaultRoute() && target instanceof GatewayLoadBalancerEndpoint endpoint) {
                var endpointSubnet = design.get(endpoint.parent(), Subnet.class);
                if (endpointSubnet != null && vpc.equals(vpcOf(endpointSubnet))
                        && reachesInternetGateway(endpointSubnet, visited)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Gateway Load Balancer endpoints that serve the load balancer. */
    public List<GatewayLoadBalancerEndpoint> endpointsOf(LoadBalancer loadBalancer) {
        return referrersOf(loadBalancer.id()).stream().filter(GatewayLoadBalancerEndpoint.class::isInstance)
                .map(GatewayLoadBalancerEndpoint.class::cast).distinct().toList();
    }

    /** The NAT gateway the subnet's default route (0.0.0.0/0) goes to, or null. */
    public NatGateway defaultNatGatewayOf(Subnet subnet) {
        var table = routeTableOf(subnet);
        if (table == null) {
            return null;
        }
        return table.routes().stream().filter(Route::isDefaultRoute)
                .map(route -> design.get(route.target(), NatGateway.class))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public List<Listener> listenersOf(LoadBalancer loadBalancer) {
        return childrenOf(loadBalancer.id(), Listener.class);
    }

    public List<ListenerRule> rulesOf(Listener listener) {
        return childrenOf(listener.id(), ListenerRule.class);
    }

    /** The target groups the load balancer's listeners and rules send traffic to. */
    public Set<TargetGroup> targetGroupsOf(LoadBalancer loadBalancer) {
        return targetGroupsByLoadBalancer.getOrDefault(loadBalancer.id(), Set.of());
    }

    /** The load balancers whose listeners or rules send traffic to the target group. */
    public Set<LoadBalancer> loadBalancersOf(TargetGroup group) {
        return loadBalancersByTargetGroup.getOrDefault(group.id(), Set.of());
    }

    public List<AutoScalingGroup> autoScalingGroupsOf(TargetGroup group) {
        return referrersOf(group.id()).stream().filter(AutoScalingGroup.class::isInstance)
                .map(AutoScalingGroup.class::cast).distinct().toList();
    }

    /** The subnets a load balancer is enabled in (the ones that exist). */
    public List<Subnet> subnetsOf(LoadBalancer loadBalancer) {
        return loadBalancer.subnetIds().stream().map(id -> design.get(id, Subnet.class))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The zone names the load balancer has a node in, in mapping order, without repeats. */
    public Set<String> enabledZones(LoadBalancer loadBalancer) {
        var zones = new LinkedHashSet<String>();
        for (var subnet : subnetsOf(loadBalancer)) {
            var zone = zoneNameOf(subnet);
            if (zone != null) {
                zones.add(zone);
            }
        }
        return zones;
    }

    /** The zone a registered target runs in: its subnet's zone for instances, the declared one for IP targets. */
    public String zoneOfTarget(TargetRegistration target) {
        if (target.targetId() != null) {
            var element = design.get(target.targetId());
            return element == null ? null : zoneNameOf(element);
        }
        return target.availabilityZone();
    }

    private <T extends Element> List<T> childrenOf(ElementId id, Class<T> type) {
        return design.children(id).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
