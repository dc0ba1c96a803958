package com.balancerstudio.sim;

import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.sim.metrics.LatencySeries;
import com.balancerstudio.sim.metrics.MetricSeries;
import java.util.ArrayList;
import java.util.List;

/** A load balancer as the simulation runs it: its nodes (one per enabled zone) and its listeners' routing. */
final class SimLoadBalancer {
    final String id;
    final LoadBalancerType type;
    final double idleTimeout;
    final List<LbNode> nodes = new ArrayList<>();
    final List<ListenerRoute> listeners = new ArrayList<>();
    /** Rotates the order of node addresses in DNS answers, as DNS round robin does. */
    int dnsRotation;

    MetricSeries requestCount;
    MetricSeries elb3xx;
    MetricSeries elb4xx;
    MetricSeries elb5xx;
    MetricSeries elb502;
    MetricSeries elb503;
    MetricSeries elb504;
    MetricSeries target2xx;
    MetricSeries target5xx;
    MetricSeries targetConnectionErrors;
    MetricSeries newConnections;
    MetricSeries activeConnections;
    MetricSeries processedBytes;
    MetricSeries cut;
    MetricSeries nodeUnreachable;
    LatencySeries latency;

    SimLoadBalancer(String id, LoadBalancerType type, double idleTimeout) {
        this.id = id;
        this.type = type;
        this.idleTimeout = idleTimeout;
    }

    boolean flows() {
        return type == LoadBalancerType.NETWORK || type == LoadBalancerType.GATEWAY;
    }

    /** The listener on this port; without a port, the first that forwards somewhere (else the first). */
    ListenerRoute listener(Integer port) {
        if (port != null) {
            for (var listener : listeners) {
                if (listener.port != null && listener.port.intValue() == port) {
                    return listener;
                }
            }
            return null;
        }
        for (var listener : listeners) {
            if (listener.forwards()) {
                return listener;
            }
        }
        return listeners.isEmpty() ? null : listeners.get(0);
    }
}
