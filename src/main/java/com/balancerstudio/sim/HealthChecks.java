package com.balancerstudio.sim;

/**
 * Health checks of every registered target, every interval. A check passes when the instance runs, answers with
 * success and does so within the timeout; healthy_threshold passes in a row make a target healthy, and
 * unhealthy_threshold failures in a row unhealthy
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html). A refused
 * connection or an error status fails at once; a slow answer fails when the timeout runs out.
 */
final class HealthChecks {
    private final Engine engine;

    HealthChecks(Engine engine) {
        this.engine = engine;
    }

    /** Targets registered before the start were checked all along: the next check is one interval in. */
    void start() {
        for (var group : engine.groups.values()) {
            if (!group.healthChecksEnabled) {
                continue;
            }
            for (var registration : group.registrations) {
                schedule(registration, group.healthCheck.interval());
            }
            updateFailOpen(group);
        }
    }

    /** A newly registered target is checked at once, then every interval. */
    void onRegistered(Registration registration) {
        if (!registration.group.healthChecksEnabled) {
            change(registration, TargetHealth.HEALTHY, "health checks are disabled");
            return;
        }
        schedule(registration, engine.now);
    }

    private void schedule(Registration registration, double time) {
        int generation = registration.generation;
        engine.schedule(time, () -> check(registration, generation));
    }

    private void check(Registration registration, int generation) {
        if (registration.generation != generation || registration.state == TargetHealth.DRAINING
                || registration.state == TargetHealth.UNUSED) {
            return;
        }
        var check = registration.group.healthCheck;
        schedule(registration, engine.now + check.interval());
        var instance = registration.instance;
        if (!instance.running()) {
            result(registration, generation, false, "Target.FailedHealthChecks: connection refused");
        } else if (instance.failingHealthCheck) {
            result(registration, generation, false, "Target.ResponseCodeMismatch");
        } else if (healthPageTime(instance) >= check.timeout()) {
            engine.schedule(engine.now + check.timeout(),
                    () -> result(registration, generation, false, "Target.Timeout"));
        } else {
            result(registration, generation, true, null);
        }
    }

    /**
     * How long the health check path takes to answer: a light page, no slower than the instance's ordinary requests
     * (a workload of long downloads still answers its health check at once), slowed like everything else by a slow
     * fault, so only a badly slowed instance times out.
     */
    private static double healthPageTime(SimInstance instance) {
        return Math.min(instance.meanServiceTime, InstanceCapacity.DEFAULT_SERVICE_TIME_MS / 1000)
                * instance.slowFactor;
    }

    private void result(Registration registration, int generation, boolean passed, String reason) {
        if (registration.generation != generation || registration.state == TargetHealth.DRAINING
                || registration.state == TargetHealth.UNUSED) {
            return;
        }
        var check = registration.group.healthCheck;
        var state = registration.state;
        if (passed) {
            registration.passes++;
            registration.failures = 0;
            if ((state == TargetHealth.INITIAL || state == TargetHealth.UNHEALTHY)
                    && registration.passes >= check.healthyThreshold()) {
                change(registration, TargetHealth.HEALTHY, registration.passes + " health checks passed");
            }
        } else {
            registration.failures++;
            registration.passes = 0;
            if ((state == TargetHealth.INITIAL || state == TargetHealth.HEALTHY)
                    && registration.failures >= check.unhealthyThreshold()) {
                change(registration, TargetHealth.UNHEALTHY, reason);
            }
        }
    }

    /** Moves a target to a new health state, with slow start and fail-open following. */
    void change(Registration registration, TargetHealth to, String reason) {
        var from = registration.state;
        if (from == to) {
            return;
        }
        var group = registration.group;
        registration.state = to;
        group.version++;
        if (to == TargetHealth.HEALTHY) {
            registration.healthySince = engine.now;
            // Slow start applies only when another target of the group is already healthy.
            registration.inSlowStart = group.slowStart > 0 && group.healthyCount() > 1;
        }
        engine.emit(new SimEvent.HealthChanged(engine.now, group.id, registration.instance.id, from, to, reason));
        updateFailOpen(group);
        if (to == TargetHealth.UNHEALTHY && engine.autoScaling != null) {
            engine.autoScaling.onUnhealthy(registration);
        }
    }

    /** A group fails open while it has targets but none of them is healthy. */
    void updateFailOpen(SimTargetGroup group) {
        int unhealthy = 0;
        int healthy = 0;
        for (var registration : group.registrations) {
            if (registration.state == TargetHealth.HEALTHY) {
                healthy++;
            } else if (registration.state == TargetHealth.UNHEALTHY) {
                unhealthy++;
            }
        }
        boolean open = healthy == 0 && unhealthy > 0;
        if (open != group.failingOpen) {
            group.failingOpen = open;
            group.version++;
            engine.emit(new SimEvent.FailOpenChanged(engine.now, group.id, open));
        }
    }
}
