package com.balancerstudio.sim.metrics;

/**
 * The metrics the simulation records, named exactly as Elastic Load Balancing publishes them to CloudWatch
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html), in
 * 1-second periods. Two are Balancer Studio's own and say so. For Network and Gateway Load Balancers, which publish
 * flows rather than requests, RequestCount counts the simulated requests carried over their flows.
 */
public enum MetricName {
    /** Requests the load balancer received (and, per target, that the target was sent). */
    RequestCount(Kind.COUNT),
    /** Per target group: requests per healthy target in the period; per target: the requests it was sent. */
    RequestCountPerTarget(Kind.COUNT),
    /** Seconds from the request leaving the load balancer to the target's answer (queueing included). */
    TargetResponseTime(Kind.LATENCY),
    HTTPCode_ELB_3XX_Count(Kind.COUNT),
    HTTPCode_ELB_4XX_Count(Kind.COUNT),
    /** Errors the load balancer itself answered: no target (503), target refused or cut (502), timed out (504). */
    HTTPCode_ELB_5XX_Count(Kind.COUNT),
    HTTPCode_ELB_502_Count(Kind.COUNT),
    HTTPCode_ELB_503_Count(Kind.COUNT),
    HTTPCode_ELB_504_Count(Kind.COUNT),
    HTTPCode_Target_2XX_Count(Kind.COUNT),
    /** Errors the targets answered: here, a target whose queue is full answers 503. */
    HTTPCode_Target_5XX_Count(Kind.COUNT),
    /** Connections the load balancer could not open to a target (stopped instance, lost zone). */
    TargetConnectionErrorCount(Kind.COUNT),
    HealthyHostCount(Kind.GAUGE),
    UnHealthyHostCount(Kind.GAUGE),
    /** Client connections open at the end of the period. */
    ActiveConnectionCount(Kind.GAUGE),
    NewConnectionCount(Kind.COUNT),
    /** Network and Gateway Load Balancer flows open at the end of the period. */
    ActiveFlowCount(Kind.GAUGE),
    NewFlowCount(Kind.COUNT),
    ProcessedBytes(Kind.COUNT),
    /** Balancer Studio's own: requests still in flight on a draining target when its deregistration delay ended. */
    DeregistrationCutCount(Kind.COUNT),
    /** Balancer Studio's own: requests a client could not send because its load balancer node was gone. */
    NodeUnreachableCount(Kind.COUNT);

    /** Whether a metric counts events in a period, samples a level at its end, or holds response times. */
    public enum Kind { COUNT, GAUGE, LATENCY }

    private final Kind kind;

    MetricName(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The metric with this CloudWatch name, or null. */
    public static MetricName byName(String name) {
        for (var metric : values()) {
            if (metric.name().equals(name)) {
                return metric;
            }
        }
        return null;
    }
}
