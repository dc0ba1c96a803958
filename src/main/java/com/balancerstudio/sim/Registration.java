package com.balancerstudio.sim;

/** An instance registered with a target group (or a Classic Load Balancer), with its health there. */
final class Registration {
    final SimTargetGroup group;
    final SimInstance instance;
    TargetHealth state;
    int passes;
    int failures;
    /** When the target last became healthy; slow start counts from here. */
    double healthySince = Double.NEGATIVE_INFINITY;
    boolean inSlowStart;
    double drainingDeadline = Double.NaN;
    /** Requests sent through this registration still in flight. */
    int active;
    /** Bumped on deregistration so health checks scheduled before it stop. */
    int generation;

    Registration(SimTargetGroup group, SimInstance instance, TargetHealth state) {
        this.group = group;
        this.instance = instance;
        this.state = state;
    }

    /** Whether new requests may go to it: healthy, or unhealthy while the group fails open. */
    boolean routable() {
        return state == TargetHealth.HEALTHY || (state == TargetHealth.UNHEALTHY && group.failingOpen);
    }
}
