package com.balancerstudio.sim;

import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.rules.HealthCheckDefaults;
import com.balancerstudio.sim.metrics.LatencySeries;
import com.balancerstudio.sim.metrics.MetricSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * A target group as the simulation runs it: its targets, how it picks one, stickiness, health checks, deregistration
 * delay, slow start and cross-zone setting. A Classic Load Balancer's own instance list is one of these too.
 */
final class SimTargetGroup {
    final String id;
    final int index;
    final LoadBalancerType kind;
    final LoadBalancingAlgorithm algorithm;
    /** The stickiness type when enabled, else null. */
    final StickinessType stickiness;
    final double stickinessDuration;
    final boolean crossZone;
    final boolean healthChecksEnabled;
    final HealthCheckDefaults.Effective healthCheck;
    final int deregistrationDelay;
    final int slowStart;
    final List<Registration> registrations = new ArrayList<>();
    /** Bumped whenever a registration's state or the set of registrations changes, to refresh cached candidates. */
    int version;
    boolean failingOpen;
    /** Round-robin position per load balancer node (by node index). */
    int[] cursors = new int[4];

    MetricSeries requestCount;
    MetricSeries requestCountPerTarget;
    MetricSeries healthyHosts;
    MetricSeries unhealthyHosts;
    MetricSeries target2xx;
    MetricSeries target5xx;
    LatencySeries latency;

    SimTargetGroup(String id, int index, LoadBalancerType kind, LoadBalancingAlgorithm algorithm,
                   StickinessType stickiness, double stickinessDuration, boolean crossZone, boolean healthChecksEnabled,
                   HealthCheckDefaults.Effective healthCheck, int deregistrationDelay, int slowStart) {
        this.id = id;
        this.index = index;
        this.kind = kind;
        this.algorithm = algorithm;
        this.stickiness = stickiness;
        this.stickinessDuration = stickinessDuration;
        this.crossZone = crossZone;
        this.healthChecksEnabled = healthChecksEnabled;
        this.healthCheck = healthCheck;
        this.deregistrationDelay = deregistrationDelay;
        this.slowStart = slowStart;
    }

    int cursor(int node) {
        if (node >= cursors.length) {
            cursors = java.util.Arrays.copyOf(cursors, Math.max(node + 1, cursors.length * 2));
        }
        return cursors[node];
    }

    int healthyCount() {
        int count = 0;
        for (var registration : registrations) {
            if (registration.state == TargetHealth.HEALTHY) {
                count++;
            }
        }
        return count;
    }

    Registration registrationOf(SimInstance instance) {
        for (var registration : registrations) {
            if (registration.instance == instance) {
                return registration;
            }
        }
        return null;
    }
}
