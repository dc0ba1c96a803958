package com.balancerstudio.sim;

import com.balancerstudio.sim.metrics.LatencySeries;
import com.balancerstudio.sim.metrics.MetricSeries;

/** A load balancer's node in one enabled Availability Zone, with its own address in DNS. */
final class LbNode {
    final SimLoadBalancer loadBalancer;
    final String zone;
    /** Unique over the simulation, for per-node round-robin positions. */
    final int index;
    boolean up = true;

    MetricSeries requestCount;
    MetricSeries elb5xx;
    MetricSeries processedBytes;
    LatencySeries latency;

    LbNode(SimLoadBalancer loadBalancer, String zone, int index) {
        this.loadBalancer = loadBalancer;
        this.zone = zone;
        this.index = index;
    }
}
