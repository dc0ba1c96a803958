package com.balancerstudio.sim;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetTracking;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.testing.DesignBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Small designs for simulation tests: a load balancer "lb" in zones us-east-1a and us-east-1b forwarding to target
 * group "tg" with instances a1..aN in zone a and b1..bN in zone b; and helpers to read event logs.
 */
final class SimDesigns {
    static final ElementId LB = ElementId.of("lb");

    private SimDesigns() {
    }

    static Design twoZones(LoadBalancerType type, int inA, int inB, UnaryOperator<TargetGroup> tweak) {
        var b = new DesignBuilder("sim test");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var zoneA = b.zone(vpc, "us-east-1a");
        var zoneB = b.zone(vpc, "us-east-1b");
        var subnetA = b.subnet(zoneA, "subnet-a", "10.0.0.0/24");
        var subnetB = b.subnet(zoneB, "subnet-b", "10.0.1.0/24");
        var instances = new ArrayList<Instance>();
        for (int i = 1; i <= inA; i++) {
            instances.add(b.instance(subnetA, "a" + i));
        }
        for (int i = 1; i <= inB; i++) {
            instances.add(b.instance(subnetB, "b" + i));
        }
        boolean network = type == LoadBalancerType.NETWORK;
        var group = b.targetGroup(vpc, "tg", network ? Protocol.TCP : Protocol.HTTP, 80,
                instances.toArray(new Instance[0]));
        var tweaked = tweak.apply(group);
        var lb = b.loadBalancer(vpc, "lb", type, false, subnetA, subnetB);
        b.listener(lb, "listener", network ? Protocol.TCP : Protocol.HTTP, 80, null, DesignBuilder.forward(group));
        return b.build().withReplaced(tweaked);
    }

    /** The two-zone ALB with an Auto Scaling group "asg" instead of instances, tracking requests per target. */
    static Design autoScaled(int min, int max, int desired, double requestsPerTarget, UnaryOperator<TargetGroup> tweak) {
        var b = new DesignBuilder("scaling test");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var subnetA = b.subnet(b.zone(vpc, "us-east-1a"), "subnet-a", "10.0.0.0/24");
        var subnetB = b.subnet(b.zone(vpc, "us-east-1b"), "subnet-b", "10.0.1.0/24");
        var group = b.targetGroup(vpc, "tg", Protocol.HTTP, 80);
        var lb = b.loadBalancer(vpc, "lb", LoadBalancerType.APPLICATION, false, subnetA, subnetB);
        b.listener(lb, "listener", Protocol.HTTP, 80, null, DesignBuilder.forward(group));
        var asg = b.autoScalingGroup(vpc, "asg", min, max, desired, List.of(subnetA, subnetB), List.of(group));
        var tracked = new AutoScalingGroup(asg.id(), asg.name(), asg.parent(), asg.bounds(), min, max, desired,
                asg.subnetIds(), asg.targetGroupIds(), asg.loadBalancerIds(), asg.instanceType(), asg.healthCheckType(),
                new TargetTracking(com.balancerstudio.model.ScalingMetric.ALB_REQUEST_COUNT_PER_TARGET, requestsPerTarget),
                asg.securityGroupIds());
        return b.build().withReplaced(tracked).withReplaced(tweak.apply(group));
    }

    static UnaryOperator<TargetGroup> unchanged() {
        return g -> g;
    }

    static UnaryOperator<TargetGroup> algorithm(LoadBalancingAlgorithm algorithm) {
        return g -> g.withAlgorithm(algorithm);
    }

    static UnaryOperator<TargetGroup> stickiness(Stickiness stickiness) {
        return g -> g.withStickiness(stickiness);
    }

    static UnaryOperator<TargetGroup> deregistrationDelay(int seconds) {
        return g -> g.withDeregistrationDelay(seconds);
    }

    static UnaryOperator<TargetGroup> crossZone(CrossZoneSetting setting) {
        return g -> g.withCrossZone(setting);
    }

    static UnaryOperator<TargetGroup> healthCheck(int interval, int timeout, int healthy, int unhealthy) {
        return g -> g.withHealthCheck(new HealthCheck(true, Protocol.HTTP, "traffic-port", "/health", interval, timeout,
                healthy, unhealthy, "200"));
    }

    static UnaryOperator<TargetGroup> both(UnaryOperator<TargetGroup> first, UnaryOperator<TargetGroup> second) {
        return g -> second.apply(first.apply(g));
    }

    /** Evenly spaced requests from the given number of clients straight to "lb". */
    static Scenario constant(double rate, int clients, int duration) {
        return Scenario.of("test", duration, List.of(TrafficSource.to(LB, clients, new TrafficProfile.Constant(rate))));
    }

    static Scenario withTargets(Scenario scenario, TargetSettings... settings) {
        return scenario.withTargets(List.of(settings));
    }

    /** How many requests each target was sent (RequestForwarded events), by target id, in first-seen order. */
    static Map<String, Long> forwardsByTarget(List<SimEvent> events) {
        var counts = new LinkedHashMap<String, Long>();
        for (var event : events) {
            if (event instanceof SimEvent.RequestForwarded forwarded) {
                counts.merge(forwarded.targetId(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Client id of each request id. */
    static Map<Long, String> clientsOfRequests(List<SimEvent> events) {
        var clients = new LinkedHashMap<Long, String>();
        for (var event : events) {
            if (event instanceof SimEvent.RequestArrived arrived) {
                clients.put(arrived.requestId(), arrived.clientId());
            }
        }
        return clients;
    }

    static <T extends SimEvent> List<T> eventsOf(List<SimEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
