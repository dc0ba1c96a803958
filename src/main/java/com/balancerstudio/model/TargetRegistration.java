package com.balancerstudio.model;

import java.util.Objects;

/**
 * A target registered with a target group: an instance, an IP address (with its Availability Zone, or "all"), a
 * Lambda function or an Application Load Balancer, with an optional port override.
 */
public record TargetRegistration(ElementId targetId, String ipAddress, String availabilityZone, Integer port) {
    public TargetRegistration {
        if ((targetId == null) == (ipAddress == null)) {
            throw new IllegalArgumentException("a target needs exactly one of target_id and ip_address");
        }
    }

    public static TargetRegistration instance(ElementId instanceId) {
        return new TargetRegistration(Objects.requireNonNull(instanceId), null, null, null);
    }
}
