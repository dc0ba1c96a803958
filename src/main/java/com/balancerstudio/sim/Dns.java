package com.balancerstudio.sim;

import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.FailoverRole;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.RoutingPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Name resolution as clients see it: a Route 53 record leads to a load balancer, and the load balancer's name to one
 * of its nodes. Clients keep an answer for the DNS TTL, then ask again.
 */
final class Dns {
    private final Engine engine;

    Dns(Engine engine) {
        this.engine = engine;
    }

    /** The node the client sends to now, resolving again when its answer expired or was forgotten; null if none. */
    LbNode nodeFor(SimClient client) {
        if (client.node != null && engine.now - client.resolvedAt < ElbBehaviour.DNS_TTL_SECONDS) {
            return client.node;
        }
        var lb = loadBalancerFor(client.stream.entry);
        client.loadBalancer = lb;
        client.node = lb == null ? null : pickNode(lb);
        client.resolvedAt = engine.now;
        return client.node;
    }

    /** After a failed attempt the client drops its answer and resolves on its next request. */
    void forget(SimClient client) {
        client.node = null;
        client.resolvedAt = Double.NEGATIVE_INFINITY;
    }

    private SimLoadBalancer loadBalancerFor(Element entry) {
        if (entry instanceof LoadBalancer lb) {
            return engine.loadBalancers.get(lb.id().value());
        }
        if (entry instanceof DnsRecord record) {
            return viaRecord(record);
        }
        return null;
    }

    /**
     * Failover records answer with the PRIMARY while it is healthy, else the SECONDARY; with evaluate_target_health an
     * alias to a load balancer is healthy while it has a healthy target
     * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-types.html,
     * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-alias.html#rrsets-values-alias-evaluate-target-health).
     * Other routing policies are answered with the record itself.
     */
    private SimLoadBalancer viaRecord(DnsRecord record) {
        if (record.routingPolicy() != RoutingPolicy.FAILOVER) {
            return record.aliasTargetId() == null ? null : engine.loadBalancers.get(record.aliasTargetId().value());
        }
        DnsRecord primary = null;
        DnsRecord secondary = null;
        for (var other : engine.design.elementsOf(DnsRecord.class)) {
            if (other.routingPolicy() == RoutingPolicy.FAILOVER && other.zoneName().equals(record.zoneName())
                    && other.recordName().equals(record.recordName())) {
                if (other.failoverRole() == FailoverRole.PRIMARY && primary == null) {
                    primary = other;
                } else if (other.failoverRole() == FailoverRole.SECONDARY && secondary == null) {
                    secondary = other;
                }
            }
        }
        var primaryLb = primary == null || primary.aliasTargetId() == null ? null
                : engine.loadBalancers.get(primary.aliasTargetId().value());
        var secondaryLb = secondary == null || secondary.aliasTargetId() == null ? null
                : engine.loadBalancers.get(secondary.aliasTargetId().value());
        if (primaryLb != null && (!primary.evaluatesTargetHealth() || healthy(primaryLb))) {
            return primaryLb;
        }
        return secondaryLb != null ? secondaryLb : primaryLb;
    }

    private boolean healthy(SimLoadBalancer lb) {
        boolean anyNode = lb.nodes.stream().anyMatch(node -> node.up);
        return anyNode && groupsOf(lb).stream().anyMatch(group -> group.healthyCount() > 0);
    }

    /**
     * Round-robin DNS over the nodes that are up and healthy in DNS. A node whose zone has no healthy target (when
     * the group does not balance across zones) is taken out of DNS
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health.html); when no node
     * qualifies, every node that is up is answered, as Route 53 does when all records are unhealthy
     * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html).
     */
    private LbNode pickNode(SimLoadBalancer lb) {
        var healthy = new ArrayList<LbNode>();
        var up = new ArrayList<LbNode>();
        var groups = groupsOf(lb);
        for (var node : lb.nodes) {
            if (!node.up) {
                continue;
            }
            up.add(node);
            if (servesTraffic(node, groups)) {
                healthy.add(node);
            }
        }
        List<LbNode> answer = healthy.isEmpty() ? up : healthy;
        if (answer.isEmpty()) {
            return null;
        }
        return answer.get(Math.floorMod(lb.dnsRotation++, answer.size()));
    }

    private static boolean servesTraffic(LbNode node, Set<SimTargetGroup> groups) {
        if (groups.isEmpty()) {
            return true;
        }
        for (var group : groups) {
            for (var registration : group.registrations) {
                if (registration.state == TargetHealth.HEALTHY
                        && (group.crossZone || TargetChooser.sameZone(registration.instance, node))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<SimTargetGroup> groupsOf(SimLoadBalancer lb) {
        var groups = new LinkedHashSet<SimTargetGroup>();
        for (var listener : lb.listeners) {
            if (listener.defaultAction != null) {
                groups.addAll(List.of(listener.defaultAction.groups));
            }
            for (var rule : listener.rules) {
                groups.addAll(List.of(rule.action().groups));
            }
        }
        return groups;
    }
}
