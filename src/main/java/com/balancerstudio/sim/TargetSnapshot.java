package com.balancerstudio.sim;

/**
 * One registered target at a moment: its health in the group, whether the instance runs, the requests it holds
 * through this group, what the instance holds in all (serving and waiting) against its capacity, and the seconds
 * of deregistration delay left while it drains (NaN otherwise).
 */
public record TargetSnapshot(String targetGroupId, String targetId, String zone, TargetHealth health,
                             boolean running, int inFlight, int instanceInService, int instanceWaiting, int capacity,
                             double drainingSecondsLeft, boolean inSlowStart) {
}
