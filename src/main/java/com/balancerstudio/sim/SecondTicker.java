package com.balancerstudio.sim;

import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.MetricSeries;
import java.util.HashMap;
import java.util.Map;

/**
 * At the end of every simulated second, samples the levels (healthy and unhealthy hosts, open connections or flows)
 * and derives RequestCountPerTarget, then closes the second for readers of the metrics.
 */
final class SecondTicker {
    private final Engine engine;
    private final Map<String, MetricSeries[]> zoneHosts = new HashMap<>();

    SecondTicker(Engine engine) {
        this.engine = engine;
    }

    void start() {
        engine.schedule(1, () -> tick(1));
    }

    private void tick(int second) {
        int closing = second - 1;
        for (var group : engine.groups.values()) {
            int healthy = 0;
            int unhealthy = 0;
            for (var registration : group.registrations) {
                if (registration.state == TargetHealth.HEALTHY) {
                    healthy++;
                } else if (registration.state == TargetHealth.UNHEALTHY) {
                    unhealthy++;
                }
                var hosts = zoneHosts(registration.instance.zone);
                if (hosts != null) {
                    if (registration.state == TargetHealth.HEALTHY) {
                        hosts[0].add(closing, 1);
                    } else if (registration.state == TargetHealth.UNHEALTHY) {
                        hosts[1].add(closing, 1);
                    }
                }
            }
            group.healthyHosts.set(closing, healthy);
            group.unhealthyHosts.set(closing, unhealthy);
            group.requestCountPerTarget.set(closing, group.requestCount.get(closing) / Math.max(1, healthy));
        }
        var open = new HashMap<SimLoadBalancer, Integer>();
        for (var stream : engine.streams) {
            for (var client : stream.clients) {
                var lb = client.loadBalancer;
                if (lb != null && client.connectionOpen && client.connectionRequestsLeft > 0
                        && engine.now - client.lastActive <= lb.idleTimeout) {
                    open.merge(lb, 1, Integer::sum);
                }
            }
        }
        for (var lb : engine.loadBalancers.values()) {
            lb.activeConnections.set(closing, open.getOrDefault(lb, 0));
        }
        engine.metrics.completeSecond(second);
        if (second < engine.scenario.duration()) {
            engine.schedule(second + 1, () -> tick(second + 1));
        }
    }

    /** Healthy and unhealthy host counts of a zone (over all groups), or null for targets outside any zone. */
    private MetricSeries[] zoneHosts(String zone) {
        if (zone == null) {
            return null;
        }
        return zoneHosts.computeIfAbsent(zone, z -> new MetricSeries[] {
            engine.metrics.writer(MetricName.HealthyHostCount, Dimension.zone(z)),
            engine.metrics.writer(MetricName.UnHealthyHostCount, Dimension.zone(z))});
    }
}
