package com.balancerstudio.sim;

/**
 * One client: its own IP address, the load balancer node it resolved (again every DNS TTL), its current connection
 * (or NLB/GWLB flow) and the stickiness cookies it holds per target group.
 */
final class SimClient {
    final String id;
    final int ip;
    final String ipText;
    final TrafficStream stream;

    SimLoadBalancer loadBalancer;
    LbNode node;
    double resolvedAt = Double.NEGATIVE_INFINITY;

    boolean connectionOpen;
    int connectionRequestsLeft;
    int sourcePort = 1024;
    double lastActive;
    /** The target a flow hash chose for the current connection, per target group. */
    Registration flowTarget;

    /** Sticky cookie per target group index (AWSALB / AWSALBAPP), with its expiry. */
    Registration[] cookieTarget;
    double[] cookieExpiry;

    SimClient(String id, int ip, TrafficStream stream) {
        this.id = id;
        this.ip = ip;
        this.ipText = ((ip >>> 24) & 255) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255) + "." + (ip & 255);
        this.stream = stream;
    }

    Registration cookie(int group, double now) {
        if (cookieTarget == null || group >= cookieTarget.length || cookieTarget[group] == null) {
            return null;
        }
        return cookieExpiry[group] > now ? cookieTarget[group] : null;
    }

    void setCookie(int group, Registration target, double expiry) {
        if (cookieTarget == null || group >= cookieTarget.length) {
            int size = Math.max(group + 1, 4);
            cookieTarget = cookieTarget == null ? new Registration[size] : java.util.Arrays.copyOf(cookieTarget, size);
            cookieExpiry = cookieExpiry == null ? new double[size] : java.util.Arrays.copyOf(cookieExpiry, size);
        }
        cookieTarget[group] = target;
        cookieExpiry[group] = expiry;
    }
}
