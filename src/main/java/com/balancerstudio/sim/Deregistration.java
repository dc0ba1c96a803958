package com.balancerstudio.sim;

/**
 * Deregistration with its delay (connection draining): the target gets no new requests, those in flight may finish,
 * and whatever is still in flight when the delay ends is cut
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html#deregistration-delay).
 * A draining target with nothing left in flight finishes at once ("If a deregistering target has no in-flight
 * requests and no active connections, Elastic Load Balancing immediately completes the deregistration process").
 */
final class Deregistration {
    private final Engine engine;

    Deregistration(Engine engine) {
        this.engine = engine;
    }

    void deregister(Registration registration) {
        var from = registration.state;
        if (from == TargetHealth.DRAINING || from == TargetHealth.UNUSED) {
            return;
        }
        var group = registration.group;
        registration.state = TargetHealth.DRAINING;
        registration.generation++;
        registration.inSlowStart = false;
        group.version++;
        registration.drainingDeadline = engine.now + group.deregistrationDelay;
        engine.emit(new SimEvent.HealthChanged(engine.now, group.id, registration.instance.id, from,
                TargetHealth.DRAINING, "Target.DeregistrationInProgress"));
        engine.emit(new SimEvent.DrainingStarted(engine.now, group.id, registration.instance.id,
                registration.drainingDeadline, registration.active));
        engine.health.updateFailOpen(group);
        if (registration.active == 0) {
            finish(registration, 0);
        } else {
            int generation = registration.generation;
            engine.schedule(registration.drainingDeadline, () -> deadline(registration, generation));
        }
    }

    private void deadline(Registration registration, int generation) {
        if (registration.state != TargetHealth.DRAINING || registration.generation != generation) {
            return;
        }
        int cut = engine.flow.abort(registration.instance, registration, FailureReason.DRAINING_CUT);
        finish(registration, cut);
    }

    /** The target leaves the group: unused. */
    void finish(Registration registration, int cut) {
        if (registration.state != TargetHealth.DRAINING) {
            return;
        }
        var group = registration.group;
        var instance = registration.instance;
        registration.state = TargetHealth.UNUSED;
        registration.drainingDeadline = Double.NaN;
        group.registrations.remove(registration);
        instance.registrations.remove(registration);
        group.version++;
        engine.emit(new SimEvent.HealthChanged(engine.now, group.id, instance.id, TargetHealth.DRAINING,
                TargetHealth.UNUSED, "Target.NotRegistered"));
        engine.emit(new SimEvent.DrainingEnded(engine.now, group.id, instance.id, cut));
        engine.health.updateFailOpen(group);
        engine.autoScaling.onDeregistered(instance);
    }
}
