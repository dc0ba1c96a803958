package com.balancerstudio.sim;

import com.balancerstudio.model.scenario.Fault;
import java.util.List;

/** Applies faults and operator actions to the running world, now. */
final class Faults {
    private final Engine engine;

    Faults(Engine engine) {
        this.engine = engine;
    }

    /** Applies the fault; throws IllegalArgumentException when it names something the simulation does not have. */
    void apply(Fault fault) {
        if (fault instanceof Fault.StopInstance f) {
            var instance = instance(f.targetId().value());
            instance.stopped = true;
            engine.flow.abort(instance, null, FailureReason.TARGET_UNREACHABLE);
        } else if (fault instanceof Fault.SlowInstance f) {
            instance(f.targetId().value()).slowFactor = f.factor();
        } else if (fault instanceof Fault.FailHealthCheck f) {
            instance(f.targetId().value()).failingHealthCheck = true;
        } else if (fault instanceof Fault.RestoreInstance f) {
            var instance = instance(f.targetId().value());
            instance.stopped = false;
            instance.slowFactor = 1;
            instance.failingHealthCheck = false;
        } else if (fault instanceof Fault.LoseZone f) {
            setZone(f.zone(), true);
        } else if (fault instanceof Fault.RestoreZone f) {
            setZone(f.zone(), false);
        } else if (fault instanceof Fault.DeregisterTarget f) {
            var instance = instance(f.targetId().value());
            for (var registration : List.copyOf(instance.registrations)) {
                if (f.targetGroupId() == null || registration.group.id.equals(f.targetGroupId().value())) {
                    engine.deregistration.deregister(registration);
                }
            }
        } else if (fault instanceof Fault.RegisterTarget f) {
            var instance = instance(f.targetId().value());
            var group = engine.groups.get(f.targetGroupId().value());
            if (group == null) {
                throw new IllegalArgumentException("'" + f.targetGroupId() + "' is not a target group in use");
            }
            if (group.registrationOf(instance) == null) {
                engine.health.onRegistered(WorldBuilder.register(group, instance, TargetHealth.INITIAL));
            }
        } else if (fault instanceof Fault.SetDesiredCapacity f) {
            var group = engine.autoScaling.group(f.autoScalingGroupId().value());
            if (group == null) {
                throw new IllegalArgumentException("'" + f.autoScalingGroupId() + "' is not an Auto Scaling group");
            }
            engine.autoScaling.setDesired(group, f.desiredCapacity(), "set by hand");
        } else if (fault instanceof Fault.TrafficSpike f) {
            engine.spikeMultiplier = f.multiplier();
            engine.spikeEnd = engine.now + f.duration();
        }
        engine.emit(new SimEvent.FaultApplied(engine.now, fault));
    }

    private SimInstance instance(String id) {
        var instance = engine.instances.get(id);
        if (instance == null || instance.terminated) {
            throw new IllegalArgumentException("'" + id + "' is not a running target of the simulation");
        }
        return instance;
    }

    /** A lost zone takes its load balancer nodes and instances with it. */
    private void setZone(String zone, boolean down) {
        boolean known = false;
        for (var node : engine.nodes) {
            if (zone.equals(node.zone)) {
                node.up = !down;
                known = true;
            }
        }
        for (var instance : engine.instances.values()) {
            if (zone.equals(instance.zone)) {
                known = true;
                instance.zoneDown = down;
                if (down) {
                    engine.flow.abort(instance, null, FailureReason.TARGET_UNREACHABLE);
                }
            }
        }
        if (!known) {
            throw new IllegalArgumentException("'" + zone + "' is not a zone of the simulation");
        }
    }
}
