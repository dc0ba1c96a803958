package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;

/**
 * How many targets a target group can hold at once for the quotas: its registered targets plus the most instances
 * each Auto Scaling group attached to it may launch (AWS counts them when they register).
 */
final class TargetCounts {
    private TargetCounts() {
    }

    static int of(Design design, TargetGroup group) {
        int scaled = design.topology().autoScalingGroupsOf(group).stream().mapToInt(g -> g.maxSize()).sum();
        return group.targets().size() + scaled;
    }
}
