package com.balancerstudio.sim;

/** Why a request did not get an answer from a target, and the status code the client saw. */
public enum FailureReason {
    /** No target to send it to (none registered in reach, all draining): the load balancer answers 503. */
    NO_TARGET(503, true),
    /** The target refused the connection or died while serving (stopped instance, lost zone): 502. */
    TARGET_UNREACHABLE(502, true),
    /** The request waited longer than the load balancer's idle timeout for an answer: 504. */
    TIMEOUT(504, true),
    /** The target's queue was full and it answered 503 itself. */
    TARGET_OVERLOADED(503, false),
    /** Still in flight on a draining target when the deregistration delay ended: the connection was cut (502). */
    DRAINING_CUT(502, true),
    /** The client's load balancer node was gone (its zone was lost); the client looks the name up again. */
    NODE_UNREACHABLE(0, false);

    private final int status;
    private final boolean fromLoadBalancer;

    FailureReason(int status, boolean fromLoadBalancer) {
        this.status = status;
        this.fromLoadBalancer = fromLoadBalancer;
    }

    /** The HTTP status the client got, 0 when the request never reached the load balancer. */
    public int status() {
        return status;
    }

    /** Whether the load balancer generated the error (an HTTPCode_ELB_5XX) rather than the target. */
    public boolean fromLoadBalancer() {
        return fromLoadBalancer;
    }
}
