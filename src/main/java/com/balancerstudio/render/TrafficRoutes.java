package com.balancerstudio.render;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.TargetGroup;
import java.util.HashMap;
import java.util.Map;

/**
 * Where on the diagram a simulated request travels: from its client (and the Route 53 record the client resolves) to
 * the load balancer, and from the load balancer through the target group to the target, along the design's drawn
 * connectors. Ids are the simulation's: a client is named {@code <client element>-<n>} and an instance an Auto
 * Scaling group launched {@code <group>-<n>}, so both are traced back to the element drawn for them.
 */
final class TrafficRoutes {
    private final Design design;
    private final Map<Links.Link, double[]> routes = new HashMap<>();
    private final Map<String, TrafficPath> inbound = new HashMap<>();
    private final Map<String, TrafficPath> outbound = new HashMap<>();
    private final Map<String, ElementId> drawnTargets = new HashMap<>();
    private java.util.Set<ElementId> registered;

    TrafficRoutes(Design design) {
        this.design = design;
        for (var routed : Links.route(design)) {
            routes.put(routed.link(), routed.route());
        }
    }

    /** From the element drawn for the simulated client to the load balancer, or null when it has none. */
    TrafficPath inbound(String clientId, String loadBalancerId) {
        return inbound.computeIfAbsent(clientId.substring(0, Math.max(0, clientId.lastIndexOf('-'))) + "|"
                + loadBalancerId, key -> inboundOf(key.substring(0, key.indexOf('|')), loadBalancerId));
    }

    private TrafficPath inboundOf(String clientElement, String loadBalancerId) {
        var client = element(clientElement, Client.class);
        if (client == null || client.targetId() == null) {
            return null;
        }
        var lb = ElementId.of(loadBalancerId);
        var first = route(client.id(), client.targetId());
        if (first == null) {
            return null;
        }
        if (client.targetId().equals(lb)) {
            return TrafficPath.join(first);
        }
        var record = design.get(client.targetId(), DnsRecord.class);
        var second = record == null ? null : route(record.id(), lb);
        return second == null ? null : TrafficPath.join(first, second);
    }

    /** From the load balancer through the target group to the target, or null when nothing connects them. */
    TrafficPath outbound(String loadBalancerId, String targetGroupId, String targetId) {
        return outbound.computeIfAbsent(loadBalancerId + "|" + targetGroupId + "|" + targetId,
                key -> outboundOf(loadBalancerId, targetGroupId, targetId));
    }

    private TrafficPath outboundOf(String loadBalancerId, String targetGroupId, String targetId) {
        var lb = ElementId.of(loadBalancerId);
        var target = drawnTarget(targetId);
        if (target == null) {
            return null;
        }
        var group = element(targetGroupId, TargetGroup.class);
        if (group == null) {
            var direct = route(lb, target);
            return direct == null ? null : TrafficPath.join(direct);
        }
        var toGroup = route(lb, group.id());
        var toTarget = route(group.id(), target);
        if (toGroup == null || toTarget == null) {
            return toGroup == null ? null : TrafficPath.join(toGroup);
        }
        return TrafficPath.join(toGroup, toTarget);
    }

    /** The element drawn for a simulated target: the instance itself, or the Auto Scaling group that launched it. */
    ElementId drawnTarget(String targetId) {
        return drawnTargets.computeIfAbsent(targetId, id -> {
            var instance = element(id, Element.class);
            if (instance != null) {
                return instance.id();
            }
            int dash = id.lastIndexOf('-');
            var group = dash > 0 ? element(id.substring(0, dash), AutoScalingGroup.class) : null;
            return group == null ? null : group.id();
        });
    }

    /** Where a request that failed at the load balancer bursts: the middle of the load balancer's icon. */
    double[] centreOf(String elementId) {
        var element = element(elementId, Element.class);
        if (element == null) {
            return null;
        }
        Rect b = design.absoluteBounds(element.id());
        return new double[] {b.x() + b.width() / 2, b.y() + b.height() / 2};
    }

    /** The Availability Zone drawn for a zone name (us-east-1a), or null. */
    ElementId zone(String zoneName) {
        for (var zone : design.elementsOf(AvailabilityZone.class)) {
            if (zone.zoneName().equals(zoneName)) {
                return zone.id();
            }
        }
        return null;
    }

    /** The instances the design registers with a target group or a Classic Load Balancer. */
    java.util.Set<ElementId> registeredInstances() {
        if (registered != null) {
            return registered;
        }
        registered = new java.util.TreeSet<ElementId>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            group.targets().stream().map(t -> t.targetId()).filter(id -> id != null && design.contains(id))
                    .forEach(registered::add);
        }
        for (var lb : design.elementsOf(com.balancerstudio.model.LoadBalancer.class)) {
            registered.addAll(lb.instanceIds());
        }
        registered = java.util.Collections.unmodifiableSet(registered);
        return registered;
    }

    boolean isDrawn(ElementId id) {
        return design.contains(id);
    }

    private double[] route(ElementId from, ElementId to) {
        return routes.get(new Links.Link(from, to));
    }

    private <T extends Element> T element(String id, Class<T> type) {
        try {
            return design.get(ElementId.of(id), type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
