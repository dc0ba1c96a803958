package com.balancerstudio.sim;

import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.StickinessType;
import java.util.ArrayList;

/**
 * How a load balancer node picks the target of a request in a target group: the targets in reach (its own zone unless
 * cross-zone load balancing is on), healthy ones first, then stickiness, then the group's algorithm.
 */
final class TargetChooser {
    private final Engine engine;
    /** Candidates per (group, node), rebuilt when the group's version changes. */
    private Registration[][][] cache = new Registration[0][][];
    private int[][] cacheVersion = new int[0][];

    TargetChooser(Engine engine) {
        this.engine = engine;
    }

    static boolean sameZone(SimInstance instance, LbNode node) {
        return instance.zone == null || instance.zone.equals(node.zone);
    }

    /**
     * The target for the request, or null when there is none to send to. A Classic Load Balancer listener brings its
     * own algorithm and cookie duration (null when it is not sticky); other listeners leave both to the group.
     */
    Registration choose(SimTargetGroup group, LbNode node, SimClient client, LoadBalancingAlgorithm classicAlgorithm,
                        Double classicStickiness) {
        var candidates = candidates(group, node);
        if (candidates.length == 0) {
            return null;
        }
        var stickiness = group.stickiness;
        boolean cookie = classicStickiness != null
                || stickiness == StickinessType.LB_COOKIE || stickiness == StickinessType.APP_COOKIE;
        double duration = classicStickiness != null ? classicStickiness : group.stickinessDuration;
        if (cookie) {
            // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html: the cookie
            // (AWSALB, or AWSALBAPP for application cookies; AWSELB for a Classic Load Balancer) sends the client back to its target while it is valid;
            // if that target is no longer healthy or is draining, a new target is chosen and the cookie updated.
            var sticky = client.cookie(group.index, engine.now);
            if (sticky != null && sticky.group == group && stickyUsable(sticky)) {
                client.setCookie(group.index, sticky, engine.now + duration);
                return sticky;
            }
        }
        Registration chosen;
        if (group.kind == LoadBalancerType.NETWORK || group.kind == LoadBalancerType.GATEWAY) {
            chosen = flowHash(group, client, candidates);
        } else {
            var algorithm = classicAlgorithm != null ? classicAlgorithm : group.algorithm;
            if (algorithm == LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS) {
                chosen = leastOutstanding(group, node, candidates);
            } else if (algorithm == LoadBalancingAlgorithm.WEIGHTED_RANDOM) {
                chosen = candidates[engine.routingRandom.nextInt(candidates.length)];
            } else {
                chosen = roundRobin(group, node, candidates);
            }
        }
        if (cookie) {
            client.setCookie(group.index, chosen, engine.now + duration);
        }
        return chosen;
    }

    private static boolean stickyUsable(Registration registration) {
        return registration.routable() && registration.instance.registrations.contains(registration);
    }

    /**
     * NLB: a flow hash of the protocol, source and destination addresses and ports picks the target of a new
     * connection, which stays on it (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/introduction.html);
     * with source_ip stickiness only the source address counts. GWLB: 5-tuple by default, or 3- or 2-tuple stickiness
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html#flow-stickiness), which with
     * one destination is a hash of the client's address (and protocol).
     */
    private Registration flowHash(SimTargetGroup group, SimClient client, Registration[] candidates) {
        var current = client.flowTarget;
        if (current != null && current.group == group && current.routable()) {
            return current;
        }
        int key;
        var stickiness = group.stickiness;
        if (stickiness == StickinessType.SOURCE_IP || stickiness == StickinessType.SOURCE_IP_DEST_IP) {
            key = client.ip;
        } else if (stickiness == StickinessType.SOURCE_IP_DEST_IP_PROTO) {
            key = client.ip * 31 + 6;
        } else {
            key = client.ip * 31 + client.sourcePort;
        }
        var chosen = candidates[Math.floorMod(mix(key), candidates.length)];
        client.flowTarget = chosen;
        return chosen;
    }

    /** A 32-bit mixing function (the finalizer of MurmurHash3): nearby addresses land far apart. */
    static int mix(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * Round robin over the candidates, per node. A target in slow start is passed over with a probability that falls
     * linearly to zero over the slow start duration
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html#slow-start-mode).
     */
    private Registration roundRobin(SimTargetGroup group, LbNode node, Registration[] candidates) {
        int start = group.cursor(node.index) % candidates.length;
        for (int i = 0; i < candidates.length; i++) {
            int index = (start + i) % candidates.length;
            var candidate = candidates[index];
            if (candidate.inSlowStart && group.slowStart > 0) {
                double ramp = (engine.now - candidate.healthySince) / group.slowStart;
                if (ramp >= 1) {
                    candidate.inSlowStart = false;
                } else if (engine.routingRandom.nextDouble() >= ramp) {
                    continue;
                }
            }
            group.cursors[node.index] = index + 1;
            return candidate;
        }
        group.cursors[node.index] = start + 1;
        return candidates[start];
    }

    /**
     * The candidate with the fewest requests in flight; ties go round the candidates in turn
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html#modify-routing-algorithm).
     */
    private Registration leastOutstanding(SimTargetGroup group, LbNode node, Registration[] candidates) {
        int start = group.cursor(node.index) % candidates.length;
        Registration best = null;
        int bestIndex = start;
        for (int i = 0; i < candidates.length; i++) {
            int index = (start + i) % candidates.length;
            var candidate = candidates[index];
            if (best == null || candidate.instance.active < best.instance.active) {
                best = candidate;
                bestIndex = index;
            }
        }
        group.cursors[node.index] = bestIndex + 1;
        return best;
    }

    /**
     * The targets a node may send to: healthy ones in reach. When none is healthy in the whole group, the load balancer
     * fails open and uses the unhealthy ones
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html: "If a
     * target group contains only unhealthy registered targets, the load balancer routes requests to all those
     * targets, regardless of their health status"); a node whose own zone has none healthy does the same with its
     * zone's targets until DNS moves its clients away.
     */
    Registration[] candidates(SimTargetGroup group, LbNode node) {
        if (group.index >= cache.length) {
            cache = java.util.Arrays.copyOf(cache, Math.max(group.index + 1, cache.length * 2));
            cacheVersion = java.util.Arrays.copyOf(cacheVersion, cache.length);
        }
        if (cache[group.index] == null || node.index >= cache[group.index].length) {
            int size = Math.max(node.index + 1, engine.nodes.size());
            cache[group.index] = cache[group.index] == null ? new Registration[size][]
                    : java.util.Arrays.copyOf(cache[group.index], size);
            cacheVersion[group.index] = cacheVersion[group.index] == null ? new int[size]
                    : java.util.Arrays.copyOf(cacheVersion[group.index], size);
            java.util.Arrays.fill(cacheVersion[group.index], -1);
        }
        if (cacheVersion[group.index][node.index] == group.version && cache[group.index][node.index] != null) {
            return cache[group.index][node.index];
        }
        var healthy = new ArrayList<Registration>();
        var unhealthy = new ArrayList<Registration>();
        for (var registration : group.registrations) {
            if (!group.crossZone && !sameZone(registration.instance, node)) {
                continue;
            }
            if (registration.state == TargetHealth.HEALTHY) {
                healthy.add(registration);
            } else if (registration.state == TargetHealth.UNHEALTHY) {
                unhealthy.add(registration);
            }
        }
        var result = (healthy.isEmpty() ? unhealthy : healthy).toArray(new Registration[0]);
        cache[group.index][node.index] = result;
        cacheVersion[group.index][node.index] = group.version;
        return result;
    }
}
