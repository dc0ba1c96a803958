package com.balancerstudio.sim;

import java.util.Locale;

/**
 * How much a target can do, from its instance type, when a scenario does not say: requests served at once and the
 * mean time to serve one. These are teaching assumptions, not AWS figures (AWS publishes vCPUs, not requests): about
 * 25 concurrent requests per vCPU of a general-purpose instance serving a light web page in 50 ms, so that a t3.micro
 * (2 vCPUs) serves about 1,000 requests per second. Burstable and compute-optimized families differ by a factor.
 */
final class InstanceCapacity {
    private InstanceCapacity() {
    }

    static final double DEFAULT_SERVICE_TIME_MS = 50;
    private static final int PER_VCPU = 25;

    /** Concurrent requests an instance of this type serves, for example 50 for a t3.small. */
    static int concurrentRequests(String instanceType) {
        int vcpus = vcpus(instanceType);
        var family = instanceType == null ? "" : instanceType.toLowerCase(Locale.ROOT);
        double factor = family.startsWith("c") ? 1.5 : family.startsWith("t2") ? 0.75 : 1.0;
        return Math.max(1, (int) Math.round(vcpus * PER_VCPU * factor));
    }

    /**
     * vCPUs by size (https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html): nano to medium 2 (t2 sizes up to
     * small have 1), large 2, xlarge 4, then 4 per "x" multiple; unknown sizes count as 2.
     */
    static int vcpus(String instanceType) {
        if (instanceType == null || !instanceType.contains(".")) {
            return 2;
        }
        var type = instanceType.toLowerCase(Locale.ROOT);
        var size = type.substring(type.indexOf('.') + 1);
        if (type.startsWith("t2.") && (size.equals("nano") || size.equals("micro") || size.equals("small"))) {
            return 1;
        }
        switch (size) {
            case "nano", "micro", "small", "medium", "large":
                return 2;
            case "xlarge":
                return 4;
            case "metal":
                return 96;
            default:
                break;
        }
        if (size.endsWith("xlarge")) {
            try {
                return 4 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
            } catch (NumberFormatException e) {
                return 2;
            }
        }
        return 2;
    }
}
