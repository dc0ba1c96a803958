package com.balancerstudio.sim;

import com.balancerstudio.model.LoadBalancerType;

/**
 * The numbers Elastic Load Balancing, Route 53 and EC2 Auto Scaling use that the simulation needs and the rules do not
 * (those live in {@code rules.AwsLimits} and {@code rules.HealthCheckDefaults}), each beside its documentation page.
 */
final class ElbBehaviour {
    private ElbBehaviour() {
    }

    /** Clients look a load balancer up again this often. */
    static final double DNS_TTL_SECONDS = com.balancerstudio.rules.AwsLimits.ELB_DNS_TTL_SECONDS;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html#deregistration-delay
    // (default 300 seconds, also for NLB and GWLB target groups).
    static final int DEFAULT_DEREGISTRATION_DELAY = 300;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html (duration-based cookie
    // AWSALB, default duration 1 day = 86400 s; application-based stickiness uses AWSALBAPP).
    static final int DEFAULT_STICKINESS_DURATION = 86_400;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#connection-idle-timeout
    // (ALB idle timeout, default 60 s);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#connection-idle-timeout
    // (NLB TCP idle timeout 350 s); https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-load-balancers.html
    // (GWLB TCP flows idle 350 s); https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html (60 s).
    static double defaultIdleTimeout(LoadBalancerType type) {
        return type == LoadBalancerType.NETWORK || type == LoadBalancerType.GATEWAY ? 350 : 60;
    }

    // Cross-zone defaults: ALB always on at the load balancer level
    // (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/disable-cross-zone.html); NLB and GWLB off
    // (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#cross-zone-load-balancing,
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-load-balancers.html#cross-zone-load-balancing);
    // CLB off when created through the API or CLI, which is what Terraform does
    // (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html).
    static boolean defaultCrossZone(LoadBalancerType type) {
        return type == LoadBalancerType.APPLICATION;
    }

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html: connection draining of a
    // CLB created through the API is off unless enabled; when enabled its timeout defaults to 300 s.
    static final int CLASSIC_DRAINING_OFF = 0;

    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html: target tracking creates a
    // high alarm on 3 one-minute datapoints above the target and a low alarm on 15 datapoints below 90% of it.
    static final int SCALE_OUT_DATAPOINTS = 3;
    static final int SCALE_IN_DATAPOINTS = 15;
    static final double SCALE_IN_THRESHOLD = 0.9;
    static final double SCALING_PERIOD_SECONDS = 60;

    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-default-instance-warmup.html: a new
    // instance's metrics are left out of the group's aggregate until it has warmed up (300 s when not set).
    static final int DEFAULT_INSTANCE_WARMUP = 300;
}
