package com.balancerstudio.sim;

import com.balancerstudio.model.AsgHealthCheckType;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.ScalingMetric;
import com.balancerstudio.model.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EC2 Auto Scaling groups: instances launched into the group's zones (balanced, fewest first), registered with its
 * target groups once running, target tracking on requests per target or CPU, instance warm-up, replacement of
 * instances the load balancer finds unhealthy, and scale-in through deregistration (draining) before termination.
 */
final class AutoScaling {
    /** Seconds from a launch decision to a running instance registering, unless the scenario says otherwise. */
    static final int DEFAULT_LAUNCH_TIME = 60;

    private final Engine engine;
    private final WorldBuilder builder;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** One Auto Scaling group at run time. */
    static final class Group {
        final AutoScalingGroup element;
        final List<String> zones = new ArrayList<>();
        final List<SimTargetGroup> targetGroups = new ArrayList<>();
        final List<SimInstance> instances = new ArrayList<>();
        int pending;
        int desired;
        int launched;
        int above;
        int below;

        Group(AutoScalingGroup element) {
            this.element = element;
        }

        String id() {
            return element.id().value();
        }
    }

    AutoScaling(Engine engine, WorldBuilder builder) {
        this.engine = engine;
        this.builder = builder;
    }

    void add(AutoScalingGroup element) {
        var group = new Group(element);
        var topology = engine.design.topology();
        for (var subnetId : element.subnetIds()) {
            var subnet = engine.design.get(subnetId, Subnet.class);
            var zone = subnet == null ? null : topology.zoneNameOf(subnet);
            if (zone != null && !group.zones.contains(zone)) {
                group.zones.add(zone);
            }
        }
        for (var id : element.targetGroupIds()) {
            addTargetGroup(group, id.value());
        }
        for (var id : element.loadBalancerIds()) {
            addTargetGroup(group, id.value());
        }
        groups.put(group.id(), group);
        group.desired = element.desiredCapacity();
        for (int i = 0; i < group.desired; i++) {
            var instance = newInstance(group);
            instance.inServiceAt = Double.NEGATIVE_INFINITY;
            for (var targetGroup : group.targetGroups) {
                WorldBuilder.register(targetGroup, instance, TargetHealth.HEALTHY);
            }
        }
    }

    private void addTargetGroup(Group group, String id) {
        var targetGroup = engine.groups.get(id);
        if (targetGroup != null && !group.targetGroups.contains(targetGroup)) {
            group.targetGroups.add(targetGroup);
        }
    }

    Group group(String id) {
        return groups.get(id);
    }

    Iterable<Group> groups() {
        return groups.values();
    }

    /** Target tracking decides once a minute, on one-minute metrics. */
    void start() {
        if (groups.values().stream().anyMatch(g -> g.element.targetTracking() != null)) {
            engine.schedule(ElbBehaviour.SCALING_PERIOD_SECONDS, this::evaluate);
        }
    }

    /**
     * Target tracking (https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html): scale out
     * in proportion when the metric stays above the target for 3 one-minute datapoints, scale in when it stays below
     * 90% of it for 15; instances still warming up are left out of the metric.
     */
    private void evaluate() {
        engine.schedule(engine.now + ElbBehaviour.SCALING_PERIOD_SECONDS, this::evaluate);
        for (var group : groups.values()) {
            var tracking = group.element.targetTracking();
            if (tracking == null) {
                continue;
            }
            var warm = warmInstances(group);
            if (warm.isEmpty()) {
                continue;
            }
            double value = tracking.metric() == ScalingMetric.ALB_REQUEST_COUNT_PER_TARGET
                    ? requestsPerTarget(group, warm.size()) : cpu(warm);
            double target = tracking.targetValue();
            group.above = value > target ? group.above + 1 : 0;
            group.below = value < target * ElbBehaviour.SCALE_IN_THRESHOLD ? group.below + 1 : 0;
            int proportional = (int) Math.ceil(warm.size() * value / target);
            String cause = String.format(java.util.Locale.ROOT, "%s %.1f against a target of %.1f", tracking.metric(),
                    value, target);
            if (group.above >= ElbBehaviour.SCALE_OUT_DATAPOINTS && proportional > group.desired) {
                setDesired(group, proportional, cause);
            } else if (group.below >= ElbBehaviour.SCALE_IN_DATAPOINTS && proportional < group.desired) {
                setDesired(group, proportional, cause);
                group.below = 0;
            }
        }
    }

    private List<SimInstance> warmInstances(Group group) {
        int warmup = engine.scenario.instanceWarmup() != null ? engine.scenario.instanceWarmup()
                : ElbBehaviour.DEFAULT_INSTANCE_WARMUP;
        return group.instances.stream().filter(i -> i.inServiceAt + warmup <= engine.now).toList();
    }

    private double requestsPerTarget(Group group, int targets) {
        int to = engine.second();
        int from = to - (int) ElbBehaviour.SCALING_PERIOD_SECONDS;
        double requests = 0;
        for (var targetGroup : group.targetGroups) {
            requests += targetGroup.requestCount.sum(from, to);
        }
        return requests / targets;
    }

    private double cpu(List<SimInstance> warm) {
        double total = 0;
        for (var instance : warm) {
            double busy = instance.busyIntegral(engine.now);
            total += (busy - instance.busyAtEvaluation) / (instance.capacity * ElbBehaviour.SCALING_PERIOD_SECONDS);
            instance.busyAtEvaluation = busy;
        }
        return 100 * total / warm.size();
    }

    /** Sets the desired capacity (within min and max) and launches or terminates to reach it. */
    void setDesired(Group group, int wanted, String cause) {
        int desired = Math.max(group.element.minSize(), Math.min(group.element.maxSize(), wanted));
        if (desired == group.desired) {
            return;
        }
        engine.emit(new SimEvent.ScalingDecided(engine.now, group.id(), group.desired, desired, cause));
        group.desired = desired;
        while (group.instances.size() + group.pending < desired) {
            launch(group);
        }
        while (group.instances.size() + group.pending > desired && !group.instances.isEmpty()) {
            terminate(group, pickForTermination(group));
        }
    }

    private void launch(Group group) {
        var zone = zoneWithFewest(group);
        int launchTime = engine.scenario.launchTime() != null ? engine.scenario.launchTime() : DEFAULT_LAUNCH_TIME;
        String id = group.id() + "-" + (group.launched + 1);
        group.launched++;
        group.pending++;
        engine.emit(new SimEvent.InstanceLaunched(engine.now, group.id(), id, zone, engine.now + launchTime));
        engine.schedule(engine.now + launchTime, () -> {
            group.pending--;
            var instance = builder.addInstance(id, zone, group.element.instanceType());
            instance.autoScalingGroup = group;
            instance.launchOrder = group.launched;
            instance.inServiceAt = engine.now;
            instance.busyAtEvaluation = 0;
            group.instances.add(instance);
            for (var targetGroup : group.targetGroups) {
                engine.health.onRegistered(WorldBuilder.register(targetGroup, instance, TargetHealth.INITIAL));
            }
        });
    }

    private SimInstance newInstance(Group group) {
        var zone = zoneWithFewest(group);
        group.launched++;
        var instance = builder.addInstance(group.id() + "-" + group.launched, zone, group.element.instanceType());
        instance.autoScalingGroup = group;
        instance.launchOrder = group.launched;
        group.instances.add(instance);
        return instance;
    }

    /** New instances go to the zone with the fewest, keeping the group balanced across its zones. */
    private String zoneWithFewest(Group group) {
        String best = null;
        long fewest = Long.MAX_VALUE;
        for (var zone : group.zones) {
            long count = group.instances.stream().filter(i -> zone.equals(i.zone)).count();
            if (count < fewest) {
                fewest = count;
                best = zone;
            }
        }
        return best;
    }

    /**
     * The default termination policy: first balance the zones (take from the zone with the most), then the oldest
     * instance (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html).
     */
    private SimInstance pickForTermination(Group group) {
        String fullest = null;
        long most = -1;
        for (var zone : group.zones) {
            long count = group.instances.stream().filter(i -> zone.equals(i.zone)).count();
            if (count > most) {
                most = count;
                fullest = zone;
            }
        }
        var zone = fullest;
        return group.instances.stream().filter(i -> zone == null || zone.equals(i.zone))
                .min(java.util.Comparator.comparingInt(i -> i.launchOrder)).orElse(group.instances.get(0));
    }

    /** Deregisters the instance everywhere; it terminates when its last registration has drained. */
    void terminate(Group group, SimInstance instance) {
        group.instances.remove(instance);
        instance.terminating = true;
        for (var registration : List.copyOf(instance.registrations)) {
            engine.deregistration.deregister(registration);
        }
        onDeregistered(instance);
    }

    void onDeregistered(SimInstance instance) {
        if (instance.terminating && !instance.terminated && instance.registrations.isEmpty()) {
            instance.terminated = true;
            engine.flow.abort(instance, null, FailureReason.TARGET_UNREACHABLE);
            engine.emit(new SimEvent.InstanceTerminated(engine.now, instance.autoScalingGroup.id(), instance.id));
        }
    }

    /**
     * With ELB health checks the group replaces an instance the load balancer finds unhealthy
     * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html).
     */
    void onUnhealthy(Registration registration) {
        var instance = registration.instance;
        var group = instance.autoScalingGroup;
        if (group == null || instance.terminating || group.element.healthCheckType() != AsgHealthCheckType.ELB) {
            return;
        }
        terminate(group, instance);
        launch(group);
    }
}
