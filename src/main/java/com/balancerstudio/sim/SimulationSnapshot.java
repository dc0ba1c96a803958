package com.balancerstudio.sim;

import java.util.List;

/** The live state of a simulation at one moment, for drawing: targets, load balancer nodes and Auto Scaling groups. */
public record SimulationSnapshot(double time, List<TargetSnapshot> targets, List<Node> nodes,
                                 List<ScalingGroup> scalingGroups) {
    /** A load balancer node in a zone, up or lost with its zone. */
    public record Node(String loadBalancerId, String zone, boolean up) {
    }

    /** An Auto Scaling group: desired capacity, instances in service, instances still launching. */
    public record ScalingGroup(String autoScalingGroupId, int desired, int inService, int launching) {
    }

    /** The snapshots of one target group's targets, in registration order. */
    public List<TargetSnapshot> targetsOf(String targetGroupId) {
        return targets.stream().filter(t -> t.targetGroupId().equals(targetGroupId)).toList();
    }

    /** The target's snapshot in the group, or null. */
    public TargetSnapshot target(String targetGroupId, String targetId) {
        return targets.stream().filter(t -> t.targetGroupId().equals(targetGroupId) && t.targetId().equals(targetId))
                .findFirst().orElse(null);
    }
}
