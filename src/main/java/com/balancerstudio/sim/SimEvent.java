package com.balancerstudio.sim;

import com.balancerstudio.model.scenario.Fault;

/**
 * Something that happened in the simulation at a time (seconds from the start), delivered in the order it happened.
 * Request events share a request id so the animation can follow one request from its client to the load balancer
 * node, on to its target and back. Ids are the design's element ids; instances an Auto Scaling group launches are
 * named {@code <group id>-<n>}.
 */
public sealed interface SimEvent {
    double time();

    /** A client's request reached the load balancer node in a zone. */
    record RequestArrived(double time, long requestId, String clientId, String clientIp, String loadBalancerId,
                          String zone) implements SimEvent {
    }

    /** The node sent the request to a target of a target group (queued when the target was at capacity). */
    record RequestForwarded(double time, long requestId, String targetGroupId, String targetId, String targetZone,
                            boolean queued) implements SimEvent {
    }

    /** The answer reached the load balancer: from the target, or from the load balancer itself (redirect, fixed). */
    record RequestCompleted(double time, long requestId, String targetId, int status, double latency)
            implements SimEvent {
    }

    /**
     * The request failed; {@code targetId} is null when it never reached a target. A request that never reached a
     * load balancer node (its zone was lost) names its client and the load balancer it was sent to instead, since no
     * earlier event of it does.
     */
    record RequestFailed(double time, long requestId, String targetId, FailureReason reason, String clientId,
                         String loadBalancerId) implements SimEvent {
        public RequestFailed(double time, long requestId, String targetId, FailureReason reason) {
            this(time, requestId, targetId, reason, null, null);
        }
    }

    /** A target's health state in a target group (or Classic Load Balancer) changed. */
    record HealthChanged(double time, String targetGroupId, String targetId, TargetHealth from, TargetHealth to,
                         String reason) implements SimEvent {
    }

    /** Every target of the group is unhealthy, so the load balancer sends to all of them (or stops doing so). */
    record FailOpenChanged(double time, String targetGroupId, boolean failingOpen) implements SimEvent {
    }

    /** Deregistration began: no new requests; in-flight ones may finish until {@code deadline}. */
    record DrainingStarted(double time, String targetGroupId, String targetId, double deadline, int inFlight)
            implements SimEvent {
    }

    /** Deregistration finished: early when nothing was left in flight, or at the deadline with requests cut. */
    record DrainingEnded(double time, String targetGroupId, String targetId, int cutRequests) implements SimEvent {
    }

    /** An Auto Scaling group decided a new desired capacity (from the metric, or by hand). */
    record ScalingDecided(double time, String autoScalingGroupId, int from, int to, String cause) implements SimEvent {
    }

    /** An Auto Scaling group started an instance; it registers with the group's target groups once running. */
    record InstanceLaunched(double time, String autoScalingGroupId, String targetId, String zone, double runningAt)
            implements SimEvent {
    }

    /** An Auto Scaling group terminated an instance (after it drained). */
    record InstanceTerminated(double time, String autoScalingGroupId, String targetId) implements SimEvent {
    }

    /** A fault of the timeline, or one injected by hand, took effect. */
    record FaultApplied(double time, Fault fault) implements SimEvent {
    }
}
