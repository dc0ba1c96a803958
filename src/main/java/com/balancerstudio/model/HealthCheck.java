package com.balancerstudio.model;

/**
 * A health check as Terraform's health_check block writes it. Unset (null) values take the AWS default for the
 * load balancer kind and protocol (see {@code HealthCheckDefaults} in the rules package).
 */
public record HealthCheck(Boolean enabled, Protocol protocol, String port, String path, Integer interval,
                          Integer timeout, Integer healthyThreshold, Integer unhealthyThreshold, String matcher) {
    public static final HealthCheck DEFAULTS = new HealthCheck(null, null, null, null, null, null, null, null, null);
}
