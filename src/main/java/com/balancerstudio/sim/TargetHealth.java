package com.balancerstudio.sim;

/**
 * The states of a registered target as Elastic Load Balancing reports them
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html#target-health-states):
 * initial while the first health checks run, healthy, unhealthy, draining while it is being deregistered, and unused
 * once it is no longer registered.
 */
public enum TargetHealth {
    INITIAL, HEALTHY, UNHEALTHY, DRAINING, UNUSED;

    /** As the AWS console and API write it: "initial", "healthy"... */
    public String awsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
