package com.balancerstudio.sim;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.scenario.ServiceTimeDistribution;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.HealthCheckDefaults;
import com.balancerstudio.rules.TargetGroupKind;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;

/**
 * Builds the running world from a design: load balancers with a node per enabled zone and their listeners' routing,
 * target groups with the AWS defaults for what the design leaves unset, instances with their capacity, and the
 * scenario's clients. The system starts as a running one: registered targets are already healthy.
 */
final class WorldBuilder {
    /** The first client address: 198.18.0.0/15 is set aside for benchmark testing (RFC 2544), never a real client. */
    static final int FIRST_CLIENT_IP = (198 << 24) | (18 << 16) | 1;

    private final Engine engine;

    WorldBuilder(Engine engine) {
        this.engine = engine;
    }

    void build() {
        var design = engine.design;
        var topology = design.topology();
        for (var instance : design.elementsOf(Instance.class)) {
            var simInstance = addInstance(instance.id().value(), topology.zoneNameOf(instance), instance.instanceType());
            simInstance.stopped = !instance.running();
        }
        for (var group : design.elementsOf(TargetGroup.class)) {
            var users = topology.loadBalancersOf(group);
            if (!users.isEmpty()) {
                addGroup(group, users.iterator().next());
            }
        }
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            addLoadBalancer(lb);
        }
        engine.autoScaling = new AutoScaling(engine, this);
        for (var asg : design.elementsOf(AutoScalingGroup.class)) {
            engine.autoScaling.add(asg);
        }
        addTraffic();
    }

    SimInstance addInstance(String id, String zone, String instanceType) {
        var settings = settingsFor(id);
        int capacity = settings.capacity() != null ? settings.capacity() : InstanceCapacity.concurrentRequests(instanceType);
        int queue = settings.queue() != null ? settings.queue() : 4 * capacity;
        double serviceMs = settings.serviceTimeMs() != null ? settings.serviceTimeMs() : InstanceCapacity.DEFAULT_SERVICE_TIME_MS;
        boolean exponential = settings.serviceTimeDistribution() != ServiceTimeDistribution.CONSTANT;
        var instance = new SimInstance(id, zone, capacity, queue, serviceMs / 1000, exponential);
        var dimension = Dimension.target(id);
        var metrics = engine.metrics;
        instance.requestCount = metrics.writer(MetricName.RequestCount, dimension);
        instance.target2xx = metrics.writer(MetricName.HTTPCode_Target_2XX_Count, dimension);
        instance.target5xx = metrics.writer(MetricName.HTTPCode_Target_5XX_Count, dimension);
        instance.connectionErrors = metrics.writer(MetricName.TargetConnectionErrorCount, dimension);
        instance.latency = metrics.latencyWriter(dimension);
        engine.instances.put(id, instance);
        return instance;
    }

    /** The scenario's settings for a target: its own entry over the entry for all, field by field. */
    private TargetSettings settingsFor(String id) {
        TargetSettings all = null;
        TargetSettings own = null;
        for (var settings : engine.scenario.targets()) {
            if (settings.targetId() == null) {
                all = settings;
            } else if (settings.targetId().value().equals(id)) {
                own = settings;
            }
        }
        if (own == null && all == null) {
            return new TargetSettings(null, null, null, null, null);
        }
        if (own == null || all == null) {
            return own != null ? own : all;
        }
        return new TargetSettings(own.targetId(), first(own.capacity(), all.capacity()), first(own.queue(), all.queue()),
                first(own.serviceTimeMs(), all.serviceTimeMs()),
                first(own.serviceTimeDistribution(), all.serviceTimeDistribution()));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private void addGroup(TargetGroup group, LoadBalancer user) {
        var design = engine.design;
        var kind = TargetGroupKind.of(design, group);
        LoadBalancingAlgorithm algorithm = kind == LoadBalancerType.APPLICATION
                ? (group.loadBalancingAlgorithmType() == null ? LoadBalancingAlgorithm.ROUND_ROBIN
                : group.loadBalancingAlgorithmType()) : null;
        var stickiness = group.stickiness();
        var stickyType = stickiness != null && stickiness.enabled()
                && AwsLimits.STICKINESS_TYPES.getOrDefault(kind, java.util.Set.of()).contains(stickiness.type())
                ? stickiness.type() : null;
        double duration = stickiness != null && stickiness.cookieDuration() != null ? stickiness.cookieDuration()
                : ElbBehaviour.DEFAULT_STICKINESS_DURATION;
        var setting = group.loadBalancingCrossZoneEnabled();
        boolean crossZone = setting == CrossZoneSetting.ON || (setting == CrossZoneSetting.INHERIT && crossZone(user));
        var check = group.healthCheck();
        var effective = HealthCheckDefaults.effective(check, kind, group.targetType(), group.protocol());
        int delay = group.deregistrationDelay() != null ? group.deregistrationDelay()
                : ElbBehaviour.DEFAULT_DEREGISTRATION_DELAY;
        int slowStart = group.slowStart() == null ? 0 : group.slowStart();
        var simGroup = new SimTargetGroup(group.id().value(), engine.groups.size(), kind, algorithm, stickyType, duration,
                crossZone, !Boolean.FALSE.equals(check.enabled()), effective, delay, slowStart);
        addGroupMetrics(simGroup);
        engine.groups.put(simGroup.id, simGroup);
        for (var target : group.targets()) {
            SimInstance instance;
            if (target.targetId() != null) {
                instance = engine.instances.get(target.targetId().value());
            } else {
                instance = engine.instances.get(target.ipAddress());
                if (instance == null) {
                    var zone = AwsLimits.ALL_ZONES.equals(target.availabilityZone()) ? null : target.availabilityZone();
                    instance = addInstance(target.ipAddress(), zone, null);
                }
            }
            if (instance != null && group.targetType() != TargetType.LAMBDA && simGroup.registrationOf(instance) == null) {
                register(simGroup, instance, initialHealth(instance));
            }
        }
    }

    /** The balancer's own setting, or what AWS sets for its kind. */
    private static boolean crossZone(LoadBalancer lb) {
        if (lb.type() == LoadBalancerType.APPLICATION) {
            return true;
        }
        return lb.enableCrossZoneLoadBalancing() != null ? lb.enableCrossZoneLoadBalancing()
                : ElbBehaviour.defaultCrossZone(lb.type());
    }

    void addGroupMetrics(SimTargetGroup group) {
        var dimension = Dimension.targetGroup(group.id);
        var metrics = engine.metrics;
        group.requestCount = metrics.writer(MetricName.RequestCount, dimension);
        group.requestCountPerTarget = metrics.writer(MetricName.RequestCountPerTarget, dimension);
        group.healthyHosts = metrics.writer(MetricName.HealthyHostCount, dimension);
        group.unhealthyHosts = metrics.writer(MetricName.UnHealthyHostCount, dimension);
        group.target2xx = metrics.writer(MetricName.HTTPCode_Target_2XX_Count, dimension);
        group.target5xx = metrics.writer(MetricName.HTTPCode_Target_5XX_Count, dimension);
        group.latency = metrics.latencyWriter(dimension);
    }

    /**
     * Targets of the design start healthy; a stopped instance starts unused, as Elastic Load Balancing reports it
     * (Target.InvalidState), so it is neither checked nor sent requests, not even while its group fails open.
     */
    private static TargetHealth initialHealth(SimInstance instance) {
        return instance.stopped ? TargetHealth.UNUSED : TargetHealth.HEALTHY;
    }

    static Registration register(SimTargetGroup group, SimInstance instance, TargetHealth state) {
        var registration = new Registration(group, instance, state);
        if (state == TargetHealth.HEALTHY) {
            registration.passes = group.healthCheck.healthyThreshold();
        }
        group.registrations.add(registration);
        instance.registrations.add(registration);
        group.version++;
        return registration;
    }

    private void addLoadBalancer(LoadBalancer lb) {
        var topology = engine.design.topology();
        double idle = lb.idleTimeout() != null ? lb.idleTimeout() : ElbBehaviour.defaultIdleTimeout(lb.type());
        var simLb = new SimLoadBalancer(lb.id().value(), lb.type(), idle);
        for (var zone : topology.enabledZones(lb)) {
            var node = new LbNode(simLb, zone, engine.nodes.size());
            var dimension = Dimension.zone(zone);
            node.requestCount = engine.metrics.writer(MetricName.RequestCount, dimension);
            node.elb5xx = engine.metrics.writer(MetricName.HTTPCode_ELB_5XX_Count, dimension);
            node.processedBytes = engine.metrics.writer(MetricName.ProcessedBytes, dimension);
            node.latency = engine.metrics.latencyWriter(dimension);
            simLb.nodes.add(node);
            engine.nodes.add(node);
        }
        addLoadBalancerMetrics(simLb);
        SimTargetGroup classic = lb.type() == LoadBalancerType.CLASSIC ? addClassicGroup(lb) : null;
        var routes = new ListenerRoutes(engine.groups);
        for (var listener : topology.listenersOf(lb)) {
            simLb.listeners.add(classic != null ? routes.classic(listener, classic)
                    : routes.of(listener, topology.rulesOf(listener)));
        }
        engine.loadBalancers.put(simLb.id, simLb);
    }

    private void addLoadBalancerMetrics(SimLoadBalancer lb) {
        var d = Dimension.loadBalancer(lb.id);
        var m = engine.metrics;
        lb.requestCount = m.writer(MetricName.RequestCount, d);
        lb.elb3xx = m.writer(MetricName.HTTPCode_ELB_3XX_Count, d);
        lb.elb4xx = m.writer(MetricName.HTTPCode_ELB_4XX_Count, d);
        lb.elb5xx = m.writer(MetricName.HTTPCode_ELB_5XX_Count, d);
        lb.elb502 = m.writer(MetricName.HTTPCode_ELB_502_Count, d);
        lb.elb503 = m.writer(MetricName.HTTPCode_ELB_503_Count, d);
        lb.elb504 = m.writer(MetricName.HTTPCode_ELB_504_Count, d);
        lb.target2xx = m.writer(MetricName.HTTPCode_Target_2XX_Count, d);
        lb.target5xx = m.writer(MetricName.HTTPCode_Target_5XX_Count, d);
        lb.targetConnectionErrors = m.writer(MetricName.TargetConnectionErrorCount, d);
        lb.newConnections = m.writer(lb.flows() ? MetricName.NewFlowCount : MetricName.NewConnectionCount, d);
        lb.activeConnections = m.writer(lb.flows() ? MetricName.ActiveFlowCount : MetricName.ActiveConnectionCount, d);
        lb.processedBytes = m.writer(MetricName.ProcessedBytes, d);
        lb.cut = m.writer(MetricName.DeregistrationCutCount, d);
        lb.nodeUnreachable = m.writer(MetricName.NodeUnreachableCount, d);
        lb.latency = m.latencyWriter(d);
    }

    /** A Classic Load Balancer's instances, health check and connection draining as a group of its own. */
    private SimTargetGroup addClassicGroup(LoadBalancer lb) {
        var check = lb.healthCheck() == null ? HealthCheck.DEFAULTS : lb.healthCheck();
        var effective = HealthCheckDefaults.effective(check, LoadBalancerType.CLASSIC, TargetType.INSTANCE, null);
        int draining = lb.connectionDrainingTimeout() != null ? lb.connectionDrainingTimeout()
                : ElbBehaviour.CLASSIC_DRAINING_OFF;
        var group = new SimTargetGroup(lb.id().value(), engine.groups.size(), LoadBalancerType.CLASSIC, null, null, 0,
                crossZone(lb), true, effective, draining, 0);
        addGroupMetrics(group);
        engine.groups.put(group.id, group);
        for (ElementId id : lb.instanceIds()) {
            var instance = engine.instances.get(id.value());
            if (instance != null && group.registrationOf(instance) == null) {
                register(group, instance, initialHealth(instance));
            }
        }
        return group;
    }

    private void addTraffic() {
        var design = engine.design;
        int nextIp = FIRST_CLIENT_IP;
        int index = 0;
        for (var source : engine.scenario.traffic()) {
            index++;
            var entryId = source.to();
            String prefix = "clients" + index;
            if (source.from() != null) {
                var client = design.get(source.from(), Client.class);
                if (client != null) {
                    prefix = client.id().value();
                    if (entryId == null) {
                        entryId = client.targetId();
                    }
                }
            }
            var entry = entryId == null ? null : design.get(entryId);
            if (entry == null) {
                throw new IllegalArgumentException("traffic " + index + " of scenario '" + engine.scenario.name()
                        + "' goes nowhere: name a load balancer or DNS record in 'to'");
            }
            var stream = new TrafficStream(source, entry, source.clientCount(), nextIp, prefix);
            nextIp += source.clientCount();
            engine.streams.add(stream);
        }
    }
}
