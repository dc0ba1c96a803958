package com.balancerstudio.model.scenario;

import com.balancerstudio.model.ElementId;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** Something that happens to the running system: a failure, an operator's action, or a change of traffic. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Fault.StopInstance.class, name = "stop_instance"),
    @JsonSubTypes.Type(value = Fault.SlowInstance.class, name = "slow_instance"),
    @JsonSubTypes.Type(value = Fault.FailHealthCheck.class, name = "fail_health_check"),
    @JsonSubTypes.Type(value = Fault.RestoreInstance.class, name = "restore_instance"),
    @JsonSubTypes.Type(value = Fault.LoseZone.class, name = "lose_zone"),
    @JsonSubTypes.Type(value = Fault.RestoreZone.class, name = "restore_zone"),
    @JsonSubTypes.Type(value = Fault.DeregisterTarget.class, name = "deregister_target"),
    @JsonSubTypes.Type(value = Fault.RegisterTarget.class, name = "register_target"),
    @JsonSubTypes.Type(value = Fault.SetDesiredCapacity.class, name = "set_desired_capacity"),
    @JsonSubTypes.Type(value = Fault.TrafficSpike.class, name = "traffic_spike"),
})
public sealed interface Fault {
    /** A few words for logs and event lists, e.g. "stop instance web-a1". */
    String describe();

    /** The instance stops answering (as a crashed server does): connections are refused, health checks fail. */
    record StopInstance(ElementId targetId) implements Fault {
        public StopInstance {
            Objects.requireNonNull(targetId, "target_id is required");
        }

        @Override
        public String describe() {
            return "stop instance " + targetId;
        }
    }

    /** The instance takes {@code factor} times as long to serve each request (and to answer health checks). */
    record SlowInstance(ElementId targetId, double factor) implements Fault {
        public SlowInstance {
            Objects.requireNonNull(targetId, "target_id is required");
            if (!(factor >= 1) || factor > 10_000) {
                throw new IllegalArgumentException("factor must be 1 to 10000 (got " + factor + ")");
            }
        }

        @Override
        public String describe() {
            return "slow instance " + targetId + " x" + factor;
        }
    }

    /** The instance keeps serving requests but answers its health checks with an error. */
    record FailHealthCheck(ElementId targetId) implements Fault {
        public FailHealthCheck {
            Objects.requireNonNull(targetId, "target_id is required");
        }

        @Override
        public String describe() {
            return "fail health checks of " + targetId;
        }
    }

    /** The instance is back to normal: running, at full speed, passing health checks. */
    record RestoreInstance(ElementId targetId) implements Fault {
        public RestoreInstance {
            Objects.requireNonNull(targetId, "target_id is required");
        }

        @Override
        public String describe() {
            return "restore instance " + targetId;
        }
    }

    /** A whole Availability Zone (by zone name, e.g. us-east-1a) fails: its load balancer nodes and instances stop. */
    record LoseZone(String zone) implements Fault {
        public LoseZone {
            Objects.requireNonNull(zone, "zone is required");
        }

        @Override
        public String describe() {
            return "lose zone " + zone;
        }
    }

    /** The Availability Zone comes back with its nodes and instances. */
    record RestoreZone(String zone) implements Fault {
        public RestoreZone {
            Objects.requireNonNull(zone, "zone is required");
        }

        @Override
        public String describe() {
            return "restore zone " + zone;
        }
    }

    /**
     * The target is deregistered from the target group (or Classic Load Balancer) and drains; without
     * {@code targetGroupId}, from every group it is registered with.
     */
    record DeregisterTarget(ElementId targetId, ElementId targetGroupId) implements Fault {
        public DeregisterTarget {
            Objects.requireNonNull(targetId, "target_id is required");
        }

        @Override
        public String describe() {
            return "deregister " + targetId + (targetGroupId == null ? "" : " from " + targetGroupId);
        }
    }

    /** The instance is registered (again) with the target group (or Classic Load Balancer). */
    record RegisterTarget(ElementId targetId, ElementId targetGroupId) implements Fault {
        public RegisterTarget {
            Objects.requireNonNull(targetId, "target_id is required");
            Objects.requireNonNull(targetGroupId, "target_group_id is required");
        }

        @Override
        public String describe() {
            return "register " + targetId + " with " + targetGroupId;
        }
    }

    /** An operator sets the Auto Scaling group's desired capacity: it launches or terminates (through draining). */
    record SetDesiredCapacity(ElementId autoScalingGroupId, int desiredCapacity) implements Fault {
        public SetDesiredCapacity {
            Objects.requireNonNull(autoScalingGroupId, "auto_scaling_group_id is required");
            if (desiredCapacity < 0) {
                throw new IllegalArgumentException("desired_capacity cannot be negative");
            }
        }

        @Override
        public String describe() {
            return "set desired capacity of " + autoScalingGroupId + " to " + desiredCapacity;
        }
    }

    /** Every traffic source sends {@code multiplier} times its rate for {@code duration} seconds. */
    record TrafficSpike(double multiplier, double duration) implements Fault {
        public TrafficSpike {
            if (!(multiplier >= 0) || multiplier > 1000 || !(duration > 0)) {
                throw new IllegalArgumentException("a traffic spike needs a multiplier of 0 to 1000 and a duration above 0");
            }
        }

        @Override
        public String describe() {
            return "traffic x" + multiplier + " for " + duration + " s";
        }
    }
}
