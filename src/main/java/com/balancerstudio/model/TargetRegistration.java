package com.balancerstudio.model;

import java.util.Objects;

/**
 * A target registered with a target group: an instance, an IP address (with its Availability Zone, or "all"), a
 * Lambda function or an Application Load Balancer, with an optional port override. A Lambda function of the design is
 * registered by its target_id; the ip_address of a Lambda target group holds the ARN of a function outside the design.
 */
public record TargetRegistration(ElementId targetId, String ipAddress, String availabilityZone, Integer port) {
    public TargetRegistration {
        if ((targetId == null) == (ipAddress == null)) {
            throw new IllegalArgumentException("a target needs exactly one of target_id and ip_address");
        }
    }

    /** An element of the design registered on the group's port: an instance, or a Lambda function. */
    public static TargetRegistration instance(ElementId instanceId) {
        return new TargetRegistration(Objects.requireNonNull(instanceId), null, null, null);
    }
}
